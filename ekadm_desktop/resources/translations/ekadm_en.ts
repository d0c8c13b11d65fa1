<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/about_dialog.py" />
      <source>Kundlogg, klagomålsregister, volymer och bemanning, telefonstatistik och rapporter för ekonomiadministrationens enheter.</source>
      <translation>Customer log, complaint register, volumes and staffing, phone statistics and reports for the units of the financial administration.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/about_dialog.py" />
      <source>Om EkAdm Desktop</source>
      <translation>About EkAdm Desktop</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/about_dialog.py" />
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>AdminView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Endast läsning: bara en administratör kan ändra uppgifterna här.</source>
      <translation>Read-only: only an administrator can change the data here.</translation>
    </message>
  </context>
  <context>
    <name>AnswerDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>&amp;Besvarat den:</source>
      <translation>Answered &amp;on:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>&amp;Svar:</source>
      <translation>&amp;Answer:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Besvara</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Besvara {case}</source>
      <translation>Answer {case}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Klagomålet:</source>
      <translation>The complaint:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Vad kunden fick veta: beslut, åtgärd, ursäkt …</source>
      <translation>What the customer was told: decision, action, apology …</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Önskad åtgärd: {action}</source>
      <translation>Requested action: {action}</translation>
    </message>
  </context>
  <context>
    <name>BatchesDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Avvisade</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Bara den som importerade, en controller eller en administratör kan ångra importen.</source>
      <translation>Only the person who imported, a controller or an administrator can undo the import.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Behåll</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Dubbletter</source>
      <translation>Duplicates</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Importerad av</source>
      <translation>Imported by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Importerade</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Importhistorik – telefonstatistik</source>
      <translation>Import history – phone statistics</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Inga importer av telefonstatistik ännu.</source>
      <translation>No imports of phone statistics yet.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Lästa</source>
      <translation>Read</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Nr</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>När</source>
      <translation>When</translation>
    </message>
    <message>
      <source>När (UTC)</source>
      <translation type="vanished">When (UTC)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Profil</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>intervallrader</source>
      <translation>interval rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>samtal</source>
      <translation>calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Ångra import</source>
      <translation>Undo import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Ångra import {id} av {file}?

Importen och dess {n} {what} tas bort; siffrorna räknas om.</source>
      <translation>Undo import {id} of {file}?

The import and its {n} {what} are removed; the figures are recalculated.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Ångra importen</source>
      <translation>Undo the import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Ångra import…</source>
      <translation>Undo import…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/batches_dialog.py" />
      <source>Ångrar import {id}</source>
      <translation>Undoing import {id}</translation>
    </message>
  </context>
  <context>
    <name>ChartCanvas</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/charts/canvas.py" />
      <source>Diagram</source>
      <translation>Chart</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/charts/canvas.py" />
      <source>Kan inte spara bilden</source>
      <translation>Cannot save the image</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/charts/canvas.py" />
      <source>Kan inte spara bilden i {path}: {error}</source>
      <translation>Cannot save the image in {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/charts/canvas.py" />
      <source>Kopiera bild</source>
      <translation>Copy image</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/charts/canvas.py" />
      <source>PNG-bild (*.png)</source>
      <translation>PNG image (*.png)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/charts/canvas.py" />
      <source>Spara bild</source>
      <translation>Save image</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/charts/canvas.py" />
      <source>Spara bild…</source>
      <translation>Save image…</translation>
    </message>
  </context>
  <context>
    <name>ChartTab</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Läser…</source>
      <translation>Reading…</translation>
    </message>
  </context>
  <context>
    <name>CheckList</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Alla</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Inga</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>{label} (inaktiv)</source>
      <translation>{label} (inactive)</translation>
    </message>
  </context>
  <context>
    <name>ChoosePage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Vilken rapport vill du göra?</source>
      <translation>Which report do you want to make?</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Välj rapport</source>
      <translation>Choose report</translation>
    </message>
  </context>
  <context>
    <name>CloseDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>&amp;Avslutat den:</source>
      <translation>&amp;Closed on:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>&amp;Kunden nöjd:</source>
      <translation>Customer &amp;satisfied:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>&amp;Resultat:</source>
      <translation>&amp;Outcome:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Avsluta {case}</source>
      <translation>Close {case}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Avsluta ärendet</source>
      <translation>Close the case</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Besvarat {day}: {answer}</source>
      <translation>Answered {day}: {answer}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Vet inte</source>
      <translation>Don't know</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Välj…</source>
      <translation>Choose…</translation>
    </message>
  </context>
  <context>
    <name>ComplaintActions</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Avidentifierad</source>
      <translation>Anonymised</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Avslutad</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Bekräftad</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Besvarad</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Historik – {case}</source>
      <translation>History – {case}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Inkom</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Kan inte bekräfta mottagandet</source>
      <translation>Cannot acknowledge receipt</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Kan inte påbörja utredningen</source>
      <translation>Cannot start the investigation</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Kan inte visa historiken</source>
      <translation>Cannot show the history</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Kunden nöjd</source>
      <translation>Customer satisfied</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Läser in historiken</source>
      <translation>Loading the history</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Löpnummer</source>
      <translation>Serial number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Resultat</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Svar</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>Ärendenummer</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/actions.py" />
      <source>År</source>
      <translation>Year</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Avslutat:</source>
      <translation>Closed:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Besvarat:</source>
      <translation>Answered:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Endast läsning</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Finns när ärendet är registrerat.</source>
      <translation>Available once the case is registered.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Får ärendenummer när det sparas</source>
      <translation>Gets a case number when saved</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Handläggningstid:</source>
      <translation>Handling time:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Händelselogg</source>
      <translation>Event log</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Inkom</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Inkom:</source>
      <translation>Received:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Inte besvarat ännu.</source>
      <translation>Not answered yet.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Inte ännu (senast {day} enligt normen)</source>
      <translation>Not yet (by {day} according to the standard)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Klagomål {case}</source>
      <translation>Complaint {case}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Kopplingar</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Kunden nöjd:</source>
      <translation>Customer satisfied:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Mottagandet bekräftat:</source>
      <translation>Receipt acknowledged:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Nytt klagomål</source>
      <translation>New complaint</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Resultat:</source>
      <translation>Outcome:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Räknas fram när ärendet sparas.</source>
      <translation>Calculated when the case is saved.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Räknas fram vid registreringen: inkomstdagen plus normens arbetsdagar.</source>
      <translation>Calculated at registration: the date received plus the standard number of working days.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Sekretess: texterna visas inte för dig.</source>
      <translation>Confidential: the texts are not shown to you.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Svar och avslut</source>
      <translation>Answer and closure</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Svar och avslut fylls i med knapparna ”Besvara…” och ”Avsluta…” i klagomålsregistret.</source>
      <translation>The answer and closure are filled in with the “Answer…” and “Close…” buttons in the complaint register.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Svar till kunden:</source>
      <translation>Answer to the customer:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Svara senast räknas fram från inkomstdagen</source>
      <translation>The answer-by date is calculated from the date received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Svara senast {day}</source>
      <translation>Answer by {day}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Svara senast {day} – besvarat för sent</source>
      <translation>Answer by {day} – answered too late</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Svara senast {day} – försenat</source>
      <translation>Answer by {day} – overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Svara senast:</source>
      <translation>Answer by:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Utredning</source>
      <translation>Investigation</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Vet inte</source>
      <translation>Don't know</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>efter sista dag</source>
      <translation>after the deadline</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>i tid</source>
      <translation>on time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>{days} dagar från inkomst till avslut</source>
      <translation>{days} days from receipt to closure</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>{day} (normen: senast {norm})</source>
      <translation>{day} (standard: by {norm})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>{day}, efter {days} dagar ({within})</source>
      <translation>{day}, after {days} days ({within})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/dialog.py" />
      <source>Ärende</source>
      <translation>Case</translation>
    </message>
  </context>
  <context>
    <name>ComplaintSummariesView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source> mån</source>
      <translation> months</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>&amp;Enhet:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Alla enheter</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Antal</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Antal förra året</source>
      <translation>Count last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Diagrammet kunde inte ritas.</source>
      <translation>The chart could not be drawn.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Exportera till Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Första</source>
      <translation>First</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Förändring</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Förändring i procent</source>
      <translation>Change in per cent</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Grupper med minst ett klagomål under {period}: samma kund, process och rotorsak, vart och ett inom {months} månader från det förra. Antal räknar hela gruppen.</source>
      <translation>Groups with at least one complaint in {period}: same customer, process and root cause, each within {months} months of the previous one. Count covers the whole group.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Handläggningstider</source>
      <translation>Handling times</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Jämförelse med förra året…</source>
      <translation>Comparison with last year…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Jämfört med samma period förra året</source>
      <translation>Compared with the same period last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Kan inte läsa klagomålsstatistiken</source>
      <translation>Cannot read the complaint statistics</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Klagomål jämfört med samma period förra året</source>
      <translation>Complaints compared with the same period last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Klagomål räknas som återkommande när samma kund klagar på samma process med samma rotorsak inom så många månader från det förra.</source>
      <translation>Complaints count as recurring when the same customer complains about the same process with the same root cause within this many months of the previous one.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Kunde inte läsa klagomålen.</source>
      <translation>Could not read the complaints.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Läs in igen</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Läs in klagomålen igen ({key})</source>
      <translation>Reload the complaints ({key})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Läser klagomålsstatistik</source>
      <translation>Reading complaint statistics</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Läser…</source>
      <translation>Reading…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Per felorsak</source>
      <translation>By error cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Per kategori</source>
      <translation>By category</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Per kund</source>
      <translation>By customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Per månad</source>
      <translation>By month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Per process</source>
      <translation>By process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Per tertial</source>
      <translation>By four-month period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Period: år (2010), tertial (2010-T1), månad (2010-03) eller vecka (2010-W12). Pilarna går till perioden före eller efter.</source>
      <translation>Period: year (2010), four-month period (2010-T1), month (2010-03) or week (2010-W12). The arrows go to the previous or next period.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Perioden efter</source>
      <translation>Next period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Perioden efter (Alt+Högerpil)</source>
      <translation>Next period (Alt+Right)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Perioden före</source>
      <translation>Previous period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Perioden före (Alt+Vänsterpil)</source>
      <translation>Previous period (Alt+Left)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Rotorsak</source>
      <translation>Root cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Samma period förra året</source>
      <translation>Same period last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Senaste</source>
      <translation>Latest</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Spara jämförelsen eller de återkommande klagomålen som Excel-fil</source>
      <translation>Save the comparison or the recurring complaints as an Excel file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>okänd period</source>
      <translation>unknown period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>t.ex. 2010-T1</source>
      <translation>e.g. 2010-T1</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>{count} klagomål under {period}, {scope}</source>
      <translation>Complaints in {period}, {scope}: {count}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>{label} (inaktiv)</source>
      <translation>{label} (inactive)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Ärenden</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Åter&amp;kommande inom:</source>
      <translation>Recurring &amp;within:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Återkommande</source>
      <translation>Recurring</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Återkommande ({count})</source>
      <translation>Recurring ({count})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Återkommande inom antal månader</source>
      <translation>Recurring within number of months</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Återkommande klagomål</source>
      <translation>Recurring complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaint_summaries/view.py" />
      <source>Återkommande klagomål…</source>
      <translation>Recurring complaints…</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsSection</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>, 1 försenat</source>
      <translation>, 1 overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>, 1 öppet</source>
      <translation>, 1 open</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>, {open} öppna</source>
      <translation>, {open} open</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>, {overdue} försenade</source>
      <translation>, {overdue} overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>1 klagomål (alla år)</source>
      <translation>1 complaint (all years)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>Dubbelklicka på ett ärende för att öppna det.</source>
      <translation>Double-click a case to open it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>Felorsak</source>
      <translation>Error cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>Inkom</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>Kunden har inga klagomål i registret.</source>
      <translation>The customer has no complaints in the register.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>Läser kundens klagomål</source>
      <translation>Reading the customer's complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>{count} klagomål (alla år)</source>
      <translation>{count} complaints (all years)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>{status}, försenat</source>
      <translation>{status}, overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>Ärendenr</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/customer_section.py" />
      <source>Öppna ärendet</source>
      <translation>Open the case</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>&amp;Enhet:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>&amp;Felorsak:</source>
      <translation>&amp;Error cause:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>&amp;Kund:</source>
      <translation>&amp;Customer:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>&amp;Process:</source>
      <translation>&amp;Process:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>&amp;Status:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>&amp;Typ:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>&amp;År:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>(anonym)</source>
      <translation>(anonymous)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Alla</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Allvarlighet</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Ansvarig</source>
      <translation>Person responsible</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Avslutat → under utredning igen, med skäl (administratör eller controller)</source>
      <translation>Closed → under investigation again, with a reason (administrator or controller)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Avsluta…</source>
      <translation>Close…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Bara försenade</source>
      <translation>Only overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Bara öppna</source>
      <translation>Only open</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Bekräfta mottagande</source>
      <translation>Acknowledge receipt</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Bekräftat → under utredning</source>
      <translation>Acknowledged → under investigation</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Beskrivning</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Besvarat → avslutat, med resultat och om kunden är nöjd</source>
      <translation>Answered → closed, with the outcome and whether the customer is satisfied</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Besvara…</source>
      <translation>Answer…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Dölj avslutade ärenden</source>
      <translation>Hide closed cases</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Endast läsning: du kan läsa klagomålsregistret men inte ändra i det.</source>
      <translation>Read-only: you can read the complaint register but not change it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Exportera till Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Felorsak</source>
      <translation>Error cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Försenat: inte besvarat, fast svaret skulle ha lämnats senast {day}.</source>
      <translation>Overdue: not answered, although the answer was due by {day}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Historik…</source>
      <translation>History…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Inkom</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Kan inte läsa klagomålsregistret</source>
      <translation>Cannot read the complaint register</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Kate&amp;gori:</source>
      <translation>Cate&amp;gory:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Klagomål</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Klagomål {year}</source>
      <translation>Complaints {year}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Korrigerande eller förebyggande åtgärd</source>
      <translation>Corrective or preventive action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Kunde inte läsa fler ärenden: {error}</source>
      <translation>Could not read more cases: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Kunde inte läsa klagomålsregistret.</source>
      <translation>Could not read the complaint register.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Läs in igen</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Läser klagomålsregistret</source>
      <translation>Reading the complaint register</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Mottagandet bekräftat till kunden i dag: registrerat → bekräftat</source>
      <translation>Receipt acknowledged to the customer today: registered → acknowledged</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Ny anteckning…</source>
      <translation>New note…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Nytt klagomål…</source>
      <translation>New complaint…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Omedelbar åtgärd</source>
      <translation>Immediate action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Påbörja utredning</source>
      <translation>Start investigation</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Rensa filter</source>
      <translation>Clear filters</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Rotorsak</source>
      <translation>Root cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Svar</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Svara senast</source>
      <translation>Answer by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Svara senast {day}</source>
      <translation>Answer by {day}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Svaret till kunden, med datum: → besvarat</source>
      <translation>The answer to the customer, with the date: → answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Sök</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Sök bland klagomålen</source>
      <translation>Search the complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Sök i ärendenummer, namn och text…</source>
      <translation>Search case number, name and text…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Välj ett ärende för att läsa det.</source>
      <translation>Select a case to read it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>allvarlighet {severity}</source>
      <translation>severity {severity}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>ansvarig {person}</source>
      <translation>responsible {person}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>besvarat {day}</source>
      <translation>answered {day}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>försenat</source>
      <translation>overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>inkom {day}</source>
      <translation>received {day}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>kontakt {person}</source>
      <translation>contact {person}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>sekretess</source>
      <translation>confidential</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>{action} ({key})</source>
      <translation>{action} ({key})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>{count} klagomål</source>
      <translation>Complaints: {count}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>{count} klagomål, varav 1 försenat</source>
      <translation>Complaints: {count}, 1 of them overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>{count} klagomål, varav {overdue} försenade</source>
      <translation>Complaints: {count}, {overdue} of them overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>{label} (inaktiv)</source>
      <translation>{label} (inactive)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Ärenden som innehåller alla orden: i ärendenummer, kund, process, enhet, referens, diarienummer, ansvarig, kontaktperson och texterna.</source>
      <translation>Cases that contain all the words: in the case number, customer, process, unit, reference, diary number, person responsible, contact person and the texts.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Ärenden som ännu inte är besvarade fast sista svarsdag har passerat</source>
      <translation>Cases not yet answered although the answer deadline has passed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Ärendenr</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Ärendets gång:</source>
      <translation>Case progress:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Ärendets texter</source>
      <translation>Case texts</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>År</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Återöppna…</source>
      <translation>Reopen…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Önskad åtgärd</source>
      <translation>Requested action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/view.py" />
      <source>Öppna…</source>
      <translation>Open…</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Fält</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Inget av fälten här skiljer sig; den andra ändringen gällde något annat i posten.</source>
      <translation>None of the fields here differ; the other change was to something else in the record.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Läs in deras version</source>
      <translation>Load their version</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Mitt värde</source>
      <translation>My value</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Ni har båda ändrat fältet. {before}</source>
      <translation>You have both changed the field. {before}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>När du öppnade posten: {value}</source>
      <translation>When you opened the record: {value}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Någon annan har sparat posten medan du hade den öppen. Så här skiljer sig era ändringar:</source>
      <translation>Someone else saved the record while you had it open. This is how your changes differ:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Oförändrat. {before}</source>
      <translation>Unchanged. {before}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Posten har ändrats av någon annan</source>
      <translation>The record has been changed by someone else</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Skriv över med mitt</source>
      <translation>Overwrite with mine</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Sparat av någon annan</source>
      <translation>Saved by someone else</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Sparat av {who}</source>
      <translation>Saved by {who}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>Tillbaka till formuläret utan att spara</source>
      <translation>Back to the form without saving</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>{mark} Ni har båda ändrat fältet, till olika värden.</source>
      <translation>{mark} You have both changed the field, to different values.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>{who} har sparat posten medan du hade den öppen. Så här skiljer sig era ändringar:</source>
      <translation>{who} saved the record while you had it open. This is how your changes differ:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>{who} sparade posten {when}, medan du hade den öppen. Så här skiljer sig era ändringar:</source>
      <translation>{who} saved the record at {when}, while you had it open. This is how your changes differ:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/conflict_dialog.py" />
      <source>”Skriv över med mitt” sparar dina ändringar; fält som bara den andra har ändrat behåller sitt nya värde. ”Läs in deras version” ersätter det du har skrivit med det som sparats.</source>
      <translation>“Overwrite with mine” saves your changes; fields that only the other person changed keep their new value. “Load their version” replaces what you have written with what was saved.</translation>
    </message>
  </context>
  <context>
    <name>CustomerLogForm</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Historik – {subject}</source>
      <translation>History – {subject}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Kan inte visa historiken</source>
      <translation>Cannot show the history</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Läser in historiken</source>
      <translation>Loading the history</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Ny post i kundloggen</source>
      <translation>New customer log entry</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Ändra post – {subject}</source>
      <translation>Edit entry – {subject}</translation>
    </message>
  </context>
  <context>
    <name>CustomerLogView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>&amp;Enhet:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>&amp;Författare:</source>
      <translation>&amp;Author:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>&amp;Kund:</source>
      <translation>&amp;Customer:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>&amp;Typ:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>(ingen text)</source>
      <translation>(no text)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Alla</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Bara öppna uppföljningar</source>
      <translation>Only open follow-ups</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Dölj</source>
      <translation>Hide</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Dölj meddelandet (Ctrl+Z ångrar fortfarande)</source>
      <translation>Hide the message (Ctrl+Z still undoes)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Endast läsning: du kan läsa kundloggen men inte skriva i den.</source>
      <translation>Read-only: you can read the customer log but not write in it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Följs upp av</source>
      <translation>Followed up by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Författare</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Historik…</source>
      <translation>History…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Importera poster från en Excel- eller CSV-fil</source>
      <translation>Import entries from an Excel or CSV file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Importera…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Kan inte läsa kundloggen</source>
      <translation>Cannot read the customer log</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Kan inte ta bort</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Kan inte ångra borttagningen</source>
      <translation>Cannot undo the deletion</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Klagomål: {case}</source>
      <translation>Complaint: {case}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Kunde inte läsa fler poster: {error}</source>
      <translation>Could not read more entries: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Kunde inte läsa kundloggen.</source>
      <translation>Could not read the customer log.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Läs in igen</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Läser kundloggen</source>
      <translation>Reading the customer log</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Ny…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Posten ”{subject}” togs bort.</source>
      <translation>The entry “{subject}” was deleted.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Postens text</source>
      <translation>Entry text</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Poster som innehåller alla orden, i alla år; ett ord hittar också längre ord som börjar så.</source>
      <translation>Entries that contain all the words, in all years; a word also finds longer words that start with it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Rensa filter</source>
      <translation>Clear filters</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Sök</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Sök i rubrik och text</source>
      <translation>Search title and text</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Sök i rubrik och text…</source>
      <translation>Search title and text…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Ta bort</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Ta bort post</source>
      <translation>Delete entry</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Ta bort posten ”{subject}” ({day}, {customer})?

Du kan ångra borttagningen så länge programmet är öppet.</source>
      <translation>Delete the entry “{subject}” ({day}, {customer})?

You can undo the deletion as long as the program is open.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Uppföljning</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Uppföljning {day} av {person}: {status}</source>
      <translation>Follow-up {day} by {person}: {status}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Visa poster från en period: år (2010), månad (2010-03), vecka (2010-W12) eller tertial (2010-T1). Tomt: alla år.</source>
      <translation>Show entries from a period: year (2010), month (2010-03), week (2010-W12) or four-month period (2010-T1). Empty: all years.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Välj en post för att läsa hela texten.</source>
      <translation>Select an entry to read the full text.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>okänd period</source>
      <translation>unknown period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>skriven av {author}</source>
      <translation>written by {author}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>t.ex. 2010-03</source>
      <translation>e.g. 2010-03</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>{action} ({key})</source>
      <translation>{action} ({key})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>{count} post</source>
      <translation>{count} entry</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>{count} poster</source>
      <translation>{count} entries</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>{label} (inaktiv)</source>
      <translation>{label} (inactive)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Ändra…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Ångra</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/view.py" />
      <source>Ångra borttagning</source>
      <translation>Undo deletion</translation>
    </message>
  </context>
  <context>
    <name>CustomerPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>&amp;Kund:</source>
      <translation>&amp;Customer:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>&amp;År:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Det finns inga kunder i databasen. En administratör lägger till dem under Administration.</source>
      <translation>There are no customers in the database. An administrator adds them under Administration.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Föregående kund</source>
      <translation>Previous customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Inaktiv kund</source>
      <translation>Inactive customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Kan inte läsa in kunderna</source>
      <translation>Cannot load the customers</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Läs in igen</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Läser in kunderna</source>
      <translation>Loading the customers</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Nästa kund</source>
      <translation>Next customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Skriv en del av kundens kod eller namn för att söka</source>
      <translation>Type part of the customer's code or name to search</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Sök kund på kod eller namn…</source>
      <translation>Search customer by code or name…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>{action} ({key})</source>
      <translation>{action} ({key})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>{code} · {kind} · ansvarig enhet: {unit}</source>
      <translation>{code} · {kind} · responsible unit: {unit}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>{label} (inaktiv)</source>
      <translation>{label} (inactive)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>År</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/page.py" />
      <source>Året för serviceavtal och tilläggsöverenskommelser</source>
      <translation>The year for service agreements and additional agreements</translation>
    </message>
  </context>
  <context>
    <name>DashboardTile</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/tile.py" />
      <source>Klicka eller tryck Enter för att öppna området.</source>
      <translation>Click or press Enter to open the area.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/tile.py" />
      <source>Kurvan: {what}, {span}.</source>
      <translation>Curve: {what}, {span}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/tile.py" />
      <source>Mål {target}</source>
      <translation>Target {target}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/tile.py" />
      <source>Mål: {target}</source>
      <translation>Target: {target}</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source> och </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>&lt;h2&gt;Översikt&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Overview&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Databasen</source>
      <translation>The database</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Föregående månad</source>
      <translation>Previous month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Inga månader med uppgifter ännu.</source>
      <translation>No months with data yet.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Inga volymer ännu – registrera i Månadsavstämning (eller importera telefonstatistik i Telefoni).</source>
      <translation>No volumes yet – enter them in Monthly reconciliation (or import phone statistics in Telephony).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Klagomål och uppföljningar gäller idag ({today}). Kurvorna visar {first}–{last}.</source>
      <translation>Complaints and follow-ups are as of today ({today}). The curves show {first}–{last}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Kunde inte läsa översikten: {error}</source>
      <translation>Could not read the overview: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Läser in översikten</source>
      <translation>Loading the overview</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Läser…</source>
      <translation>Reading…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Nyckeltal</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Nästa månad</source>
      <translation>Next month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Senaste månad med uppgifter: {month}.</source>
      <translation>Latest month with data: {month}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Senaste månaden</source>
      <translation>Latest month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>samtal</source>
      <translation>calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>volymer och bemanning</source>
      <translation>volumes and staffing</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>{month} saknar {what}.</source>
      <translation>{month} has no {what}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/dashboard/view.py" />
      <source>Öppna Månadsavstämning</source>
      <translation>Open Monthly reconciliation</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Inget datum</source>
      <translation>No date</translation>
    </message>
  </context>
  <context>
    <name>DetailsSection</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Ansvarig enhet:</source>
      <translation>Responsible unit:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Anteckning</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Anteckning:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Enhetens e-post:</source>
      <translation>Unit's email:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Enhetschef:</source>
      <translation>Unit manager:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Gruppnummer:</source>
      <translation>Group number:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Gäller från</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Gäller till</source>
      <translation>Valid to</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Inga tilläggsöverenskommelser gäller under {year}.</source>
      <translation>No additional agreements apply in {year}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Inga tjänster angivna</source>
      <translation>No services specified</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Inget serviceavtal för {year}.</source>
      <translation>No service agreement for {year}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Ingående tjänster:</source>
      <translation>Included services:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Inte undertecknat</source>
      <translation>Not signed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Kontakt</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Kontaktperson:</source>
      <translation>Contact person:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Kundens e-post:</source>
      <translation>Customer's email:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Serviceavtal {year}</source>
      <translation>Service agreement {year}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Tilläggsöverenskommelser {year}</source>
      <translation>Additional agreements {year}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Tjänst</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>Undertecknat:</source>
      <translation>Signed:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/details_section.py" />
      <source>tills vidare</source>
      <translation>until further notice</translation>
    </message>
  </context>
  <context>
    <name>EntityPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Historik – {what} {title}</source>
      <translation>History – {what} {title}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Kan inte läsa in {what}</source>
      <translation>Cannot load {what}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Kan inte ta bort</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Kan inte visa historiken</source>
      <translation>Cannot show the history</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Läser in historiken</source>
      <translation>Loading the history</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Läser in {what}</source>
      <translation>Loading {what}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Ny {what}</source>
      <translation>New {what}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Nytt {what}</source>
      <translation>New {what}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Ta bort</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Ta bort {what} {title}? Det går inte att ångra.</source>
      <translation>Delete {what} {title}? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>{what} kan inte tas bort. Avmarkera ”Aktiv” i stället.</source>
      <translation>{what} cannot be deleted. Untick “Active” instead.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Ändra {what} – {title}</source>
      <translation>Edit {what} – {title}</translation>
    </message>
  </context>
  <context>
    <name>EventsTab</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Av</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Händelse</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Ny anteckning…</source>
      <translation>New note…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Tid</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Välj en händelse för att läsa hela texten.</source>
      <translation>Select an event to read the full text.</translation>
    </message>
  </context>
  <context>
    <name>FilesPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Exportfiler från växeln {pattern};;Alla filer (*)</source>
      <translation>Export files from the phone system {pattern};;All files (*)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Exportfiler från växeln: samtalslistor, samtalsben, queue_log eller intervallstatistik (CSV, TXT, TSV eller Excel). Flera filer importeras en i taget, var och en helt eller inte alls.</source>
      <translation>Export files from the phone system: call lists, call legs, queue_log or interval statistics (CSV, TXT, TSV or Excel). Several files are imported one at a time, each entirely or not at all.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Lägg till filer…</source>
      <translation>Add files…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Ta bort</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Välj filer</source>
      <translation>Choose files</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Välj filer från växeln</source>
      <translation>Choose files from the phone system</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/filter_bar.py" />
      <source>Filtrera</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/filter_bar.py" />
      <source>Filtrera…</source>
      <translation>Filter…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/filter_bar.py" />
      <source>Visa bara rader som innehåller alla orden du skriver</source>
      <translation>Show only rows that contain all the words you type</translation>
    </message>
  </context>
  <context>
    <name>FollowUpsView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>1 uppföljning</source>
      <translation>1 follow-up</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Alla enheter</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Du är inte knuten till någon enhet.</source>
      <translation>You are not linked to any unit.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Följs upp av</source>
      <translation>Followed up by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Kan inte läsa uppföljningarna</source>
      <translation>Cannot read the follow-ups</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Kan inte markera som klar</source>
      <translation>Cannot mark as done</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Läs in igen</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Läser uppföljningarna</source>
      <translation>Reading the follow-ups</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Markera som klar</source>
      <translation>Mark as done</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Min enhet</source>
      <translation>My unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Uppföljning</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Uppföljningar vecka {week} ({start} – {end}) och försenade</source>
      <translation>Follow-ups in week {week} ({start} – {end}) and overdue ones</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>{action} ({key})</source>
      <translation>{action} ({key})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>{count} uppföljningar</source>
      <translation>{count} follow-ups</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>{shown} visas av {text}</source>
      <translation>{shown} shown of {text}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>{text}, varav 1 försenad</source>
      <translation>{text}, 1 of them overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>{text}, varav {overdue} försenade</source>
      <translation>{text}, {overdue} of them overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customer_log/follow_ups_view.py" />
      <source>Öppna…</source>
      <translation>Open…</translation>
    </message>
  </context>
  <context>
    <name>FormatsPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>&amp;Mapp:</source>
      <translation>&amp;Folder:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Bläddra…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Format och mapp</source>
      <translation>Format and folder</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Förvalets namn:</source>
      <translation>Preset name:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Kan inte spara förvalet</source>
      <translation>Cannot save the preset</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Presentation (helskärm på projektorn)</source>
      <translation>Presentation (full screen on the projector)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Rapporten skrivs i varje valt format; presentationen visas i helskärm.</source>
      <translation>The report is written in each chosen format; the presentation is shown full screen.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Spara som förval</source>
      <translation>Save as preset</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Spara som förval…</source>
      <translation>Save as preset…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Sparat som ”{name}”.</source>
      <translation>Saved as “{name}”.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Välj mapp för rapporten</source>
      <translation>Choose a folder for the report</translation>
    </message>
  </context>
  <context>
    <name>GeneratePage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Försök igen</source>
      <translation>Try again</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Ingen fil att skriva; starta presentationen nedan.</source>
      <translation>No file to write; start the presentation below.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Klart: {count} filer i {folder}.</source>
      <translation>Done: {count} files in {folder}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>S&amp;kärm:</source>
      <translation>&amp;Screen:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Skapa rapporten</source>
      <translation>Create the report</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Skriver rapporten</source>
      <translation>Writing the report</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Skriver rapporten…</source>
      <translation>Writing the report…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Skärm {number}: {name} ({width} × {height})</source>
      <translation>Screen {number}: {name} ({width} × {height})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Starta presentationen</source>
      <translation>Start the presentation</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Öppna filen</source>
      <translation>Open the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Öppna mappen</source>
      <translation>Open the folder</translation>
    </message>
  </context>
  <context>
    <name>GridModel</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/grid_model.py" />
      <source>Summa</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/grid_model.py" />
      <source>{cell} kan inte ändras här.</source>
      <translation>{cell} cannot be changed here.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/grid_model.py" />
      <source>{row}, kolumn ”{column}”</source>
      <translation>{row}, column “{column}”</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/grid_model.py" />
      <source>Ändrad, inte sparad (var: {before})</source>
      <translation>Changed, not saved (was: {before})</translation>
    </message>
  </context>
  <context>
    <name>GridView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/grid_view.py" />
      <source>Blocket ({height} × {width} celler) får inte plats från {cell}. Ingenting klistrades in.</source>
      <translation>The block ({height} × {width} cells) does not fit from {cell}. Nothing was pasted.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/grid_view.py" />
      <source>{reason} Ingenting klistrades in.</source>
      <translation>{reason} Nothing was pasted.</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>Efter</source>
      <translation>After</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>Fält</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>Före</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>Inga ändringar är registrerade för posten.</source>
      <translation>No changes are recorded for the record.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>När</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>Vad</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>Vem</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>{action}: {reason}</source>
      <translation>{action}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>{count} ändring</source>
      <translation>{count} change</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>{count} ändringar</source>
      <translation>{count} changes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>{shown} av {total}</source>
      <translation>{shown} of {total}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/history_dialog.py" />
      <source>Ändringar</source>
      <translation>Changes</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>&amp;Blad:</source>
      <translation>&amp;Sheet:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>&amp;Fil:</source>
      <translation>&amp;File:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>&amp;Importera</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>&amp;Importera 1 rad</source>
      <translation>&amp;Import 1 row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>&amp;Importera {count} rader</source>
      <translation>&amp;Import {count} rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>&amp;Kontrollera</source>
      <translation>Chec&amp;k</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>&amp;Spara fellistan…</source>
      <translation>Save the &amp;error list…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>&amp;Välj fil…</source>
      <translation>&amp;Choose file…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>(ingen kolumn)</source>
      <translation>(no column)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>* måste fyllas i på varje rad.</source>
      <translation>* must be filled in on every row.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>1 fel</source>
      <translation>1 error</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Blad</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>CSV-fil för Excel (*.csv)</source>
      <translation>CSV file for Excel (*.csv)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Excel och textfiler (*.xlsx *.xlsm *.csv *.txt *.tsv);;Alla filer (*)</source>
      <translation>Excel and text files (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Fel</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Fel i {name}.csv</source>
      <translation>Errors in {name}.csv</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Filen som den lästes (de första {count} raderna)</source>
      <translation>The file as it was read (the first {count} rows)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Förhandsvisning</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Importen avbröts. Ingenting sparades.</source>
      <translation>The import was cancelled. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Importen blir möjlig när en kontroll av filen inte har hittat några fel.</source>
      <translation>Importing becomes possible once a check of the file has found no errors.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Importen misslyckades. Ingenting sparades.</source>
      <translation>The import failed. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Importen är klar</source>
      <translation>The import is complete</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Importera till {target}</source>
      <translation>Import to {target}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Importerar {name}</source>
      <translation>Importing {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Importerar…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Inga fel: alla {rows} kan importeras.</source>
      <translation>No errors: all {rows} can be imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Ingen fil vald</source>
      <translation>No file selected</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kan inte importera</source>
      <translation>Cannot import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kan inte kontrollera filen</source>
      <translation>Cannot check the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kan inte läsa filen</source>
      <translation>Cannot read the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kan inte spara fellistan</source>
      <translation>Cannot save the error list</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kolumn</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kolumnen ”{column}” importeras inte.</source>
      <translation>The column “{column}” is not imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kolumnen ”{column}” importeras som {field}.</source>
      <translation>The column “{column}” is imported as {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kolumnen ”{column}” är vald för både {fields}.</source>
      <translation>The column “{column}” is chosen for both {fields}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kontroll</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kontrollen avbröts.</source>
      <translation>The check was cancelled.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kontrollera filen innan den importeras.</source>
      <translation>Check the file before it is imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kontrollerar {name}</source>
      <translation>Checking {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Kontrollerar…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Läs alla rader och visa varje fel, utan att spara något</source>
      <translation>Read all rows and show every error, without saving anything</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Läser {name}</source>
      <translation>Reading {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Måste fyllas i på varje rad.</source>
      <translation>Must be filled in on every row.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Rad</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Raden i filen</source>
      <translation>Row in the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Spara fellistan</source>
      <translation>Save the error list</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Vilken kolumn i filen är vilket fält?</source>
      <translation>Which column in the file is which field?</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Välj en Excel-arbetsbok (.xlsx) eller en textfil (.csv, .txt) med en rubrikrad överst.</source>
      <translation>Choose an Excel workbook (.xlsx) or a text file (.csv, .txt) with a header row at the top.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Välj en kolumn per fält.</source>
      <translation>Choose one column per field.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Välj fil att importera</source>
      <translation>Choose a file to import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Välj kolumnen i filen: fältet måste fyllas i.</source>
      <translation>Choose the column in the file: the field must be filled in.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Välj kolumner och tryck på Kontrollera.</source>
      <translation>Choose the columns and press Check.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>Värde</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>på 1 av {rows}</source>
      <translation>in 1 of {rows}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>på {lines} av {rows}</source>
      <translation>in {lines} of {rows}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>{count} fel</source>
      <translation>{count} errors</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/import_dialog.py" />
      <source>{found}. Inget importeras förrän alla fel är rättade i filen eller i kolumnvalen.</source>
      <translation>{found}. Nothing is imported until all errors are corrected in the file or in the column choices.</translation>
    </message>
  </context>
  <context>
    <name>ImportHistory</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/history_dialog.py" />
      <source>Av</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/history_dialog.py" />
      <source>Batch</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/history_dialog.py" />
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/history_dialog.py" />
      <source>Importerad</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/history_dialog.py" />
      <source>Importhistorik – volymer</source>
      <translation>Import history – volumes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/history_dialog.py" />
      <source>Inga volymer har importerats ännu.</source>
      <translation>No volumes have been imported yet.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/history_dialog.py" />
      <source>Profil</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/history_dialog.py" />
      <source>Rader</source>
      <translation>Rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/history_dialog.py" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
  </context>
  <context>
    <name>LinkEntryDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Författare</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Koppla</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Koppla kundloggspost till {case}</source>
      <translation>Link a customer log entry to {case}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Kopplad till</source>
      <translation>Linked to</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Kundloggen för {customer}, den senaste först:</source>
      <translation>The customer log for {customer}, latest first:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>{customer} har inga andra poster i kundloggen.</source>
      <translation>{customer} has no other entries in the customer log.</translation>
    </message>
  </context>
  <context>
    <name>LinksTab</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Författare</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Inga kundloggsposter är kopplade till ärendet.</source>
      <translation>No customer log entries are linked to the case.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Kan inte koppla kundloggsposten</source>
      <translation>Cannot link the customer log entry</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Kan inte ta bort kopplingen</source>
      <translation>Cannot remove the link</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Koppla kundloggspost…</source>
      <translation>Link customer log entry…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Ta bort kopplingen</source>
      <translation>Remove the link</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Ta bort kopplingen mellan {case} och kundloggsposten ”{subject}”?</source>
      <translation>Remove the link between {case} and the customer log entry “{subject}”?</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Välj en post för att läsa hela texten.</source>
      <translation>Select an entry to read the full text.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/tabs.py" />
      <source>Ärendet har ingen kund, så det finns ingen kundlogg att koppla från.</source>
      <translation>The case has no customer, so there is no customer log to link from.</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Exportera till Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Historik…</source>
      <translation>History…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Lista</source>
      <translation>List</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Ny…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Spara raderna som visas, filtrerade och sorterade, som en Excelfil ({key})</source>
      <translation>Save the rows shown, filtered and sorted, as an Excel file ({key})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Ta bort</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Visa vem som har ändrat posten, när och vad</source>
      <translation>Show who changed the record, when and what</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>{action} ({key})</source>
      <translation>{action} ({key})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>{shown} av {total}</source>
      <translation>{shown} of {total}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Ändra…</source>
      <translation>Edit…</translation>
    </message>
  </context>
  <context>
    <name>LoadingSection</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/sections.py" />
      <source>Läser in kunduppgifter</source>
      <translation>Loading customer details</translation>
    </message>
  </context>
  <context>
    <name>LogEntryDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Datum:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Enhet:</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Klagomål:</source>
      <translation>Complaint:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Kund:</source>
      <translation>Customer:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Kundloggspost – {subject}</source>
      <translation>Customer log entry – {subject}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Posten har ingen text.</source>
      <translation>The entry has no text.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Rubrik:</source>
      <translation>Title:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Skriven av:</source>
      <translation>Written by:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Typ:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Uppföljning:</source>
      <translation>Follow-up:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>{date} av {person} – {status}</source>
      <translation>{date} by {person} – {status}</translation>
    </message>
  </context>
  <context>
    <name>LogSection</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>1 post (alla år)</source>
      <translation>1 entry (all years)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Dubbelklicka på en post för att läsa hela texten.</source>
      <translation>Double-click an entry to read the full text.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Författare</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Kundloggen har inga poster för kunden.</source>
      <translation>The customer log has no entries for this customer.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Uppföljning</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>Visa posten</source>
      <translation>Show the entry</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>försenad</source>
      <translation>overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>klar</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>{count} poster (alla år)</source>
      <translation>{count} entries (all years)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>{date}, {person} ({status})</source>
      <translation>{date}, {person} ({status})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/log_section.py" />
      <source>öppen</source>
      <translation>open</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Arkiv</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Avsluta</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Gå till</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Hjälp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Inställningar…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Om EkAdm Desktop</source>
      <translation>&amp;About EkAdm Desktop</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>Användare: {name} – {role}</source>
      <translation>User: {name} – {role}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>Databas: {where} ({kind})</source>
      <translation>Database: {where} ({kind})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>EkAdm Desktop</source>
      <translation>EkAdm Desktop</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>Kan inte visa {area}</source>
      <translation>Cannot show {area}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>Områden</source>
      <translation>Areas</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>PostgreSQL</source>
      <translation>PostgreSQL</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>SQLite</source>
      <translation>SQLite</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>(ingen kolumn)</source>
      <translation>(no column)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>&lt;b&gt;Förhandsvisning som den läses&lt;/b&gt;</source>
      <translation>&lt;b&gt;Preview as it is read&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Agent</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Anknytning</source>
      <translation>Extension</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Använd mappningen</source>
      <translation>Use the mapping</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Besvarade inom målet</source>
      <translation>Answered within target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Betyder</source>
      <translation>Means</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Data 1</source>
      <translation>Data 1</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Data 2</source>
      <translation>Data 2</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Data 3</source>
      <translation>Data 3</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Datum och tid</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Datumordning:</source>
      <translation>Date order:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>En rad per köhändelse (queue_log)</source>
      <translation>One row per queue event (queue_log)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>En rad per samtal</source>
      <translation>One row per call</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>En rad per samtalsben (länkas med ett id)</source>
      <translation>One row per call leg (linked by an id)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Enhet för {field}</source>
      <translation>Time unit for {field}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Erbjudna</source>
      <translation>Offered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Exportera profil</source>
      <translation>Export profile</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Exportera profil…</source>
      <translation>Export profile…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Fast gruppnummer:</source>
      <translation>Fixed group number:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Filen</source>
      <translation>The file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Filen {path} kan inte skrivas: {error}</source>
      <translation>The file {path} cannot be written: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Filens form:</source>
      <translation>File shape:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Första raden är kolumnrubriker</source>
      <translation>The first row is column headings</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Grupp/kö</source>
      <translation>Group/queue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Händelse</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Importprofil (*.toml)</source>
      <translation>Import profile (*.toml)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Ingen importprofil känner igen {file}. Säg vilken kolumn som är vilket fält; förhandsvisningen till höger visar raderna som de läses.
Kolumner i filen: {columns}
Provade profiler: {tried}</source>
      <translation>No import profile recognises {file}. Say which column is which field; the preview on the right shows the rows as they are read.
Columns in the file: {columns}
Profiles tried: {tried}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Intervallets längd (min)</source>
      <translation>Interval length (min)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Intervallets längd:</source>
      <translation>Interval length:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Intervallstatistik (summor per intervall)</source>
      <translation>Interval statistics (totals per interval)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Klockslag</source>
      <translation>Time of day</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Kolumn → fält</source>
      <translation>Column → field</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Korta avbrutna</source>
      <translation>Short abandons</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Korta avbrutna under:</source>
      <translation>Short abandons under:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Kö</source>
      <translation>Queue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Längsta väntetid</source>
      <translation>Longest wait</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Länk-id (samtalsben)</source>
      <translation>Link id (call leg)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Mappningen räcker inte än: ange Erbjudna och Besvarade eller Övergivna.</source>
      <translation>The mapping is not enough yet: give Offered and Answered or Abandoned.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Mappningen räcker inte än: ange Tidpunkt, Samtals-id, Kö och Händelse.</source>
      <translation>The mapping is not enough yet: give Time, Call id, Queue and Event.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Mappningen räcker inte än: ange en tid (Datum och tid, Datum eller Starttid) och utfallet (eller Svarstidpunkt, Samtalstid eller Väntetid).</source>
      <translation>The mapping is not enough yet: give a time (Date and time, Date or Start time) and the outcome (or Answer time, Talk time or Waiting time).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Medelsamtalstid</source>
      <translation>Average talk time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Medelväntetid (ASA)</source>
      <translation>Average wait (ASA)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Ny mappning för {file}</source>
      <translation>New mapping for {file}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Profilen exporterades till {path}.</source>
      <translation>The profile was exported to {path}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Profilen sparades som {path}.</source>
      <translation>The profile was saved as {path}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Profilens namn (bokstäver, siffror, punkt, bindestreck, understreck):</source>
      <translation>Profile name (letters, digits, full stop, hyphen, underscore):</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Samtal som avbryts inom så här många sekunder räknas som korta avbrutna.</source>
      <translation>Calls abandoned within this many seconds count as short abandons.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Samtals-id</source>
      <translation>Call id</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Samtalstid</source>
      <translation>Talk time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Samtalstid totalt</source>
      <translation>Total talk time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Servicenivå (andel)</source>
      <translation>Service level (share)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Sluttidpunkt</source>
      <translation>End time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Spara profil</source>
      <translation>Save profile</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Spara profil…</source>
      <translation>Save profile…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Starttid (epoksekunder)</source>
      <translation>Start time (epoch seconds)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Svarsfrekvens (kontroll)</source>
      <translation>Answer rate (check)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Svarstidpunkt</source>
      <translation>Answer time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Säg vilken kolumn i {file} som är vilket fält; förhandsvisningen till höger visar raderna som de läses.</source>
      <translation>Say which column in {file} is which field; the preview on the right shows the rows as they are read.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Tidszon för epoktider:</source>
      <translation>Time zone for epoch times:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Tidszonen som epoksekunder i filen är i (oftast UTC); de blir svensk tid.</source>
      <translation>The time zone the epoch seconds in the file are in (usually UTC); they become Swedish time.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Total längd</source>
      <translation>Total duration</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Uppringande nummer</source>
      <translation>Caller number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Utfall</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Utfallets värden i filen</source>
      <translation>Outcome values in the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Väntetid</source>
      <translation>Waiting time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Väntetid totalt</source>
      <translation>Total waiting time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Värde i filen</source>
      <translation>Value in the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>automatiskt</source>
      <translation>automatic</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>avgörs av filen</source>
      <translation>decided by the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>dag/månad/år</source>
      <translation>day/month/year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>dygn (Excel)</source>
      <translation>days (Excel)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>från filen</source>
      <translation>from the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>kolumn {number}</source>
      <translation>column {number}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>millisekunder</source>
      <translation>milliseconds</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>minuter</source>
      <translation>minutes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>månad/dag/år</source>
      <translation>month/day/year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>om filen bara gäller en grupp</source>
      <translation>if the file only covers one group</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>sekunder</source>
      <translation>seconds</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>timmar</source>
      <translation>hours</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>Övergivna</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/mapping_dialog.py" />
      <source>år-månad-dag</source>
      <translation>year-month-day</translation>
    </message>
  </context>
  <context>
    <name>MonthlyView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source> Låst {when} av {who}: {reason}</source>
      <translation> Locked {when} by {who}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>&amp;Importera…</source>
      <translation>&amp;Import…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>&amp;Lås månad…</source>
      <translation>&amp;Lock month…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>&amp;Månad:</source>
      <translation>&amp;Month:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>&amp;Spara</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>&amp;Tilläggstjänst:</source>
      <translation>Additional ser&amp;vice:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>&amp;Ångra ändringar</source>
      <translation>&amp;Revert changes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>1 ändrad cell, inte sparad</source>
      <translation>1 changed cell, not saved</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Anledning (t.ex. ”Rapporterad till servicenämnden 2010-04-12”):</source>
      <translation>Reason (e.g. “Reported to the service board 2010-04-12”):</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Bemanning</source>
      <translation>Staffing</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Du har läsbehörighet: siffrorna kan inte ändras.</source>
      <translation>You have read access: the figures cannot be changed.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Du har ändringar för {month} som inte är sparade.</source>
      <translation>You have unsaved changes for {month}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Du kan ändra siffrorna för din egen enhets kunder och bemanning.</source>
      <translation>You can change the figures for your own unit's customers and staffing.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Föregående månad</source>
      <translation>Previous month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Import&amp;historik</source>
      <translation>Import &amp;history</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Importera volymer från affärssystemets statistikexport</source>
      <translation>Import volumes from the business system's statistics export</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Kan inte läsa månaden</source>
      <translation>Cannot read the month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Kan inte låsa månaden</source>
      <translation>Cannot lock the month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Kan inte låsa upp månaden</source>
      <translation>Cannot unlock the month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Kan inte spara</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Lås &amp;upp…</source>
      <translation>&amp;Unlock…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Lås månaden när den har rapporterats till servicenämnden</source>
      <translation>Lock the month once it has been reported to the service board</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Lås upp {month}</source>
      <translation>Unlock {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Lås {month}</source>
      <translation>Lock {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Månad</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Månaden är låst – siffrorna har rapporterats till servicenämnden och kan inte ändras eller importeras.{detail}</source>
      <translation>The month is locked – the figures have been reported to the service board and cannot be changed or imported.{detail}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Nästa månad</source>
      <translation>Next month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Osparade ändringar</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Släng ändringarna</source>
      <translation>Discard the changes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Spara</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Spara alla ändringar i en transaktion (Ctrl+S)</source>
      <translation>Save all changes in one transaction (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Spara senare</source>
      <translation>Save later</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Sparat.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Tilläggstjänster (timmar)</source>
      <translation>Additional services (hours)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Varför ska de rapporterade siffrorna ändras?</source>
      <translation>Why should the reported figures be changed?</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>Volymer</source>
      <translation>Volumes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>{count} ändrade celler, inte sparade</source>
      <translation>{count} changed cells, not saved</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/view.py" />
      <source>År</source>
      <translation>Year</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>&amp;Text:</source>
      <translation>Te&amp;xt:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>&amp;Typ:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Ny anteckning – {case}</source>
      <translation>New note – {case}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Spara</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>ParamsPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source> eller </source>
      <translation> or </translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>&amp;Avsnitt (bocka i och ordna):</source>
      <translation>&amp;Sections (tick and order):</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>&amp;Enhet:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>&amp;Kund:</source>
      <translation>&amp;Customer:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>&lt; Föregående</source>
      <translation>&lt; Previous</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Alla enheter</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Flytta ned</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Flytta upp</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Nästa period &gt;</source>
      <translation>Next period &gt;</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Period, enhet och avsnitt</source>
      <translation>Period, unit and sections</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Perioden skrivs {examples}.</source>
      <translation>The period is written {examples}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Välj minst ett avsnitt.</source>
      <translation>Choose at least one section.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>okänd period</source>
      <translation>unknown period</translation>
    </message>
  </context>
  <context>
    <name>PhoneImport</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Anknytning</source>
      <translation>Extension</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>De första {rows} raderna av {file} som importen läser dem ({encoding}, avgränsare {delimiter}): {calls} samtal, {intervals} intervallrader, {rejected} avvisade.</source>
      <translation>The first {rows} rows of {file} as the import reads them ({encoding}, delimiter {delimiter}): {calls} calls, {intervals} interval rows, {rejected} rejected.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Erbjudna</source>
      <translation>Offered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Grupp</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Intervall</source>
      <translation>Interval</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Kolumn</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Orsak</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Rad</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Raden i filen</source>
      <translation>Row in the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Rader som skulle avvisas:</source>
      <translation>Rows that would be rejected:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Samtalstid</source>
      <translation>Talk time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Tidpunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Utfall</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Väntetid</source>
      <translation>Waiting time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Väntetid totalt</source>
      <translation>Total waiting time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>besvarat</source>
      <translation>answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>ignoreras</source>
      <translation>ignored</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>ingen</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>komma</source>
      <translation>comma</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>lodstreck</source>
      <translation>vertical bar</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>okänt</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>semikolon</source>
      <translation>semicolon</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>tabb</source>
      <translation>tab</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>tidsgräns</source>
      <translation>timeout</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>Övergivna</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_tables.py" />
      <source>övergivet</source>
      <translation>abandoned</translation>
    </message>
  </context>
  <context>
    <name>PhoneImportWizard</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>&lt; Tillbaka</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Importera telefonstatistik</source>
      <translation>Import phone statistics</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Nästa &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>PhoneSection</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/phone_section.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/phone_section.py" />
      <source>Erbjudna</source>
      <translation>Offered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/phone_section.py" />
      <source>Kundens ansvariga enhet ({unit}) har inget gruppnummer med telefonstatistik.</source>
      <translation>The customer's responsible unit ({unit}) has no group number with phone statistics.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/phone_section.py" />
      <source>Läser telefonstatistik</source>
      <translation>Reading phone statistics</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/phone_section.py" />
      <source>Månad</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/phone_section.py" />
      <source>Servicenivå</source>
      <translation>Service level</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/phone_section.py" />
      <source>Snittväntetid</source>
      <translation>Average wait</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/phone_section.py" />
      <source>Svarsfrekvens</source>
      <translation>Answer rate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/phone_section.py" />
      <source>{unit}, {year}: {offered} erbjudna samtal, {rate_name} {rate} (mål {target}: {status}).</source>
      <translation>{unit}, {year}: {offered} offered calls, {rate_name} {rate} (target {target}: {status}).</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/presentation/window.py" />
      <source>Avsluta presentationen (Esc)</source>
      <translation>End the presentation (Esc)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/presentation/window.py" />
      <source>Exportera bilder till PDF</source>
      <translation>Export slides to PDF</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/presentation/window.py" />
      <source>Exportera bilder till PDF…</source>
      <translation>Export slides to PDF…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/presentation/window.py" />
      <source>Kan inte exportera bilderna</source>
      <translation>Cannot export the slides</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/presentation/window.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/presentation/window.py" />
      <source>Presentation – {title}</source>
      <translation>Presentation – {title}</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Avsnitten med sina tabeller och diagram. Klicka på ett diagram för att se det.</source>
      <translation>The sections with their tables and charts. Click a chart to see it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>De första raderna som importen läser dem. Rader som inte kan läsas visas med rad, kolumn och orsak.</source>
      <translation>The first rows as the import reads them. Rows that cannot be read are shown with row, column and reason.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Fil:</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Förhandsgranskning</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Förhandsvisning</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Hämtar rapportens uppgifter</source>
      <translation>Fetching the report data</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Hämtar uppgifterna…</source>
      <translation>Fetching the data…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Importera</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Innehåll</source>
      <translation>Contents</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Läser…</source>
      <translation>Reading…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Rapporten har inga diagram.</source>
      <translation>The report has no charts.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Uppgifter</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>{sections} avsnitt, {charts} diagram – {title}, {subtitle}.</source>
      <translation>{sections} sections, {charts} charts – {title}, {subtitle}.</translation>
    </message>
  </context>
  <context>
    <name>ProductivityView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source> – pris saknas för {year}: {types}</source>
      <translation> – price missing for {year}: {types}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>&amp;Enhet:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Alla enheter</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Alla fakturor</source>
      <translation>All invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Avstämning {period} {scope}</source>
      <translation>Reconciliation {period} {scope}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Avstämningen sparad i {path}</source>
      <translation>Reconciliation saved in {path}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Behov (ÅA)</source>
      <translation>Need (FTE)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Bemanning mot behov</source>
      <translation>Staffing vs need</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Diagrammet kunde inte ritas.</source>
      <translation>The chart could not be drawn.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>E-andel alla fakturor</source>
      <translation>E-share all invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>E-andel kund</source>
      <translation>E-share customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>E-andel kund mot förra året</source>
      <translation>E-share customer vs last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>E-andel lev.</source>
      <translation>E-share suppl.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>E-andel lev. mot förra året</source>
      <translation>E-share suppl. vs last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>E-andel per kund</source>
      <translation>E-share by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Exportera avstämning…</source>
      <translation>Export reconciliation…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Faktiskt (ÅA)</source>
      <translation>Actual (FTE)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Fakturor</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Fakturor per årsarbetare</source>
      <translation>Invoices per FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Fakturor:</source>
      <translation>Invoices:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Felaktiga underlag</source>
      <translation>Incorrect documents</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Förra året</source>
      <translation>Last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Förändring</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Intäkter och tänk om</source>
      <translation>Revenue and what-if</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Kan inte läsa nyckeltal och intäkter</source>
      <translation>Cannot read key figures and revenue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Kan inte spara avstämningen</source>
      <translation>Cannot save the reconciliation</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Kunde inte läsa nyckeltalen.</source>
      <translation>Could not read the key figures.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Kundfakturor</source>
      <translation>Customer invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Kundreskontra</source>
      <translation>Accounts receivable</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Leverantörsfakturor</source>
      <translation>Supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Leverantörsreskontra</source>
      <translation>Accounts payable</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Läs in igen</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Läser nyckeltal och intäkter</source>
      <translation>Reading key figures and revenue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Läser…</source>
      <translation>Reading…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Manuell andel kund</source>
      <translation>Manual share customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Manuell andel lev.</source>
      <translation>Manual share suppl.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Mål</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Mål per ÅA</source>
      <translation>Target per FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Månad</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Månad eller tertial</source>
      <translation>Month or four-month period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Månadsavstämningen som Excel-fil: volymer, bemanning, nyckeltal och intäkter</source>
      <translation>The monthly reconciliation as an Excel file: volumes, staffing, key figures and revenue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Nyckeltal</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Per ÅA och månad</source>
      <translation>Per FTE and month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Periodtyp</source>
      <translation>Period type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Process:</source>
      <translation>Process:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Påminnelser</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Påminnelser mot förra året</source>
      <translation>Reminders vs last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Skillnad (ÅA)</source>
      <translation>Difference (FTE)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Sparar avstämningen</source>
      <translation>Saving the reconciliation</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Tertial</source>
      <translation>Four-month period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Tertialet</source>
      <translation>Four-month period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Tertialet mot förra året</source>
      <translation>Four-month period vs last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Timmar (kr)</source>
      <translation>Hours (SEK)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Totalt (kr)</source>
      <translation>Total (SEK)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Transaktioner (kr)</source>
      <translation>Transactions (SEK)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Volymtrend</source>
      <translation>Volume trend</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>{period}, {scope}: intäkter {total}</source>
      <translation>{period}, {scope}: revenue {total}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>År</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/view.py" />
      <source>Årsarbetare</source>
      <translation>FTE</translation>
    </message>
  </context>
  <context>
    <name>ProfilePage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>({n} fält)</source>
      <translation>({n} fields)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Automatiskt (det som känns igen)</source>
      <translation>Automatic (whatever is recognised)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Behövs inte: filerna anger grupp. Ett nummer här används bara där grupp saknas.</source>
      <translation>Not needed: the files give the group. A number here is only used where the group is missing.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Behövs inte: filerna har datum.</source>
      <translation>Not needed: the files have dates.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Ersätt tidigare importerad intervallstatistik för samma intervall</source>
      <translation>Replace previously imported interval statistics for the same interval</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Filen kan inte läsas: {error}</source>
      <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Format och profil</source>
      <translation>Format and profile</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>För en reviderad rapport: tidigare importer som överlappar filens intervall tas bort först.</source>
      <translation>For a revised report: earlier imports that overlap the file's interval are removed first.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Gruppnummer:</source>
      <translation>Group number:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Krävs: {files} har ingen kolumn för grupp/kö. Ange vilken grupp statistiken gäller.</source>
      <translation>Required: {files} has no column for group/queue. Enter which group the statistics concern.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Krävs: {files} har intervallstatistik utan datum, så importen vet inte vilken period siffrorna gäller. Ange månaden; hela månaden blir ett intervall.</source>
      <translation>Required: {files} has interval statistics without dates, so the import does not know which period the figures concern. Enter the month; the whole month becomes one interval.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Känns igen som {title}</source>
      <translation>Recognised as {title}</translation>
    </message>
    <message>
      <source>Känns igen som {title} ({n} fält)</source>
      <translation type="vanished">Recognised as {title} ({n} fields)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Läses med {title}</source>
      <translation>Read with {title}</translation>
    </message>
    <message>
      <source>Läses med {title} ({n} fält)</source>
      <translation type="vanished">Read with {title} ({n} fields)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Ny mappning</source>
      <translation>New mapping</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Ny mappning…</source>
      <translation>New mapping…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Okänt format – ingen profil passar. Gör en ny mappning.</source>
      <translation>Unknown format – no profile fits. Make a new mapping.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Period:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Profil för den valda filen</source>
      <translation>Profile for the selected file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Profil för vald fil:</source>
      <translation>Profile for selected file:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Profilen {name} passar inte filen.</source>
      <translation>The profile {name} does not fit the file.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Varje fil provas mot importprofilerna. Välj en annan profil eller gör en ny mappning om filen inte känns igen eller läses fel.</source>
      <translation>Each file is tried against the import profiles. Choose another profile or make a new mapping if the file is not recognised or is read wrongly.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>t.ex. 08-508 290 10</source>
      <translation>e.g. 08-508 290 10</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>{files} har ingen kolumn för grupp/kö: ange gruppnumret, annars räknas samtalen inte till någon grupp.</source>
      <translation>{files} has no column for group/queue: enter the group number, otherwise the calls are not counted towards any group.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>{title} (egen)</source>
      <translation>{title} (custom)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>{title} (ny mappning, inte sparad)</source>
      <translation>{title} (new mapping, not saved)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>{title} ({n} fält)</source>
      <translation>{title} ({n} fields)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>ÅÅÅÅ-MM, t.ex. 2010-03</source>
      <translation>YYYY-MM, e.g. 2010-03</translation>
    </message>
  </context>
  <context>
    <name>RecordFormDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>(inget valt)</source>
      <translation>(none selected)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Kan inte spara</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Spara</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Välj…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>t.ex. 4 300</source>
      <translation>e.g. 4300</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>t.ex. 4 300,50</source>
      <translation>e.g. 4300.50</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>{label} (inaktiv)</source>
      <translation>{label} (inactive)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>{label}:</source>
      <translation>{label}:</translation>
    </message>
  </context>
  <context>
    <name>ReopenDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>&amp;Skäl:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>T.ex. kunden har hört av sig igen om samma fel.</source>
      <translation>E.g. the customer has been in touch again about the same error.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Ärendet går tillbaka till ”Under utredning”; resultat, avslutsdatum och nöjdhet tas bort. Skälet skrivs i händelseloggen.</source>
      <translation>The case goes back to “Under investigation”; the outcome, closing date and satisfaction are removed. The reason is written in the event log.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Återöppna</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Återöppna {case}</source>
      <translation>Reopen {case}</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Importerar {file}</source>
      <translation>Importing {file}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Importerar {file} ({n} av {total})…</source>
      <translation>Importing {file} ({n} of {total})…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Importrapport</source>
      <translation>Import report</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Vad importen gjorde med varje fil.</source>
      <translation>What the import did with each file.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>{done} av {total} filer importerades. Varje fil har sin rapport nedan.</source>
      <translation>{done} of {total} files were imported. Each file has its report below.</translation>
    </message>
  </context>
  <context>
    <name>ReportTab</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Avbruten: inget importerades från {file}.</source>
      <translation>Cancelled: nothing was imported from {file}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Avvisade</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Avvisade rader (klicka på en rubrik för att sortera). Resten av filen importerades.</source>
      <translation>Rejected rows (click a heading to sort). The rest of the file was imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>CSV-fil (*.csv)</source>
      <translation>CSV file (*.csv)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Dubbletter (fanns redan)</source>
      <translation>Duplicates (already present)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Ersatte import {ids}.</source>
      <translation>Replaced import {ids}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Filen {path} kan inte skrivas: {error}</source>
      <translation>The file {path} cannot be written: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Ignorerade av profilen</source>
      <translation>Ignored by the profile</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Importerade {what}</source>
      <translation>Imported {what}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Inget importerades från {file} (profil {profile}).</source>
      <translation>Nothing was imported from {file} (profile {profile}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Rader lästa</source>
      <translation>Rows read</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Spara avvisade rader</source>
      <translation>Save rejected rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>Spara avvisade rader…</source>
      <translation>Save rejected rows…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>intervallrader</source>
      <translation>interval rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>samtal</source>
      <translation>calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>{file} importerades inte: {error}</source>
      <translation>{file} was not imported: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>{file} importerades med profilen {profile} ({encoding}); import {batch}.</source>
      <translation>{file} was imported with the profile {profile} ({encoding}); import {batch}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/import_wizard.py" />
      <source>{file} är redan importerad (import {batch}); inget gjordes.</source>
      <translation>{file} has already been imported (import {batch}); nothing was done.</translation>
    </message>
  </context>
  <context>
    <name>ReportWizard</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>&lt; Tillbaka</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Ny rapport</source>
      <translation>New report</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Nästa &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>ReportsView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source> och </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>&lt;b&gt;Rapporter&lt;/b&gt;</source>
      <translation>&lt;b&gt;Reports&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>&lt;b&gt;Sparade förval&lt;/b&gt;</source>
      <translation>&lt;b&gt;Saved presets&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Inga sparade förval ännu. Välj en rapport, tryck ”Ny rapport…” och spara dina val med ”Spara som förval…” i guiden; sedan tar ”Samma rapport för nästa period” fram nästa månads rapport med ett klick.</source>
      <translation>No saved presets yet. Choose a report, press “New report…” and save your choices with “Save as preset…” in the wizard; then “Same report for next period” produces next month's report with one click.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Kan inte göra rapporten</source>
      <translation>Cannot make the report</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Klart: {files}</source>
      <translation>Done: {files}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Kräver {what}.</source>
      <translation>Requires {what}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Ny rapport…</source>
      <translation>New report…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Period: {kinds}.</source>
      <translation>Period: {kinds}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Samma rapport för nästa period</source>
      <translation>Same report for next period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Skriver rapporten</source>
      <translation>Writing the report</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Skriver {name} för {period}…</source>
      <translation>Writing {name} for {period}…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Ta bort förval</source>
      <translation>Delete preset</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Ta bort förvalet</source>
      <translation>Delete the preset</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Ta bort förvalet ”{name}”?</source>
      <translation>Delete the preset “{name}”?</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>en enhet</source>
      <translation>a unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>en kund</source>
      <translation>a customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Öppna förvalet…</source>
      <translation>Open the preset…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/view.py" />
      <source>Öppna mappen</source>
      <translation>Open the folder</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Användare:</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Databas:</source>
      <translation>&amp;Database:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Fil:</source>
      <translation>&amp;File:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Lösenord:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Server:</source>
      <translation>&amp;Server:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Språk (gäller efter omstart):</source>
      <translation>&amp;Language (takes effect after a restart):</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Testa anslutningen</source>
      <translation>&amp;Test the connection</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&lt;b&gt;Databas&lt;/b&gt;</source>
      <translation>&lt;b&gt;Database&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Bläddra…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Databasfil</source>
      <translation>Database file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Databasfil (SQLite) – på den här datorn eller en nätverksenhet</source>
      <translation>Database file (SQLite) – on this computer or a network drive</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Databasserver (PostgreSQL)</source>
      <translation>Database server (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>EkAdm-databas (*.sqlite *.db);;Alla filer (*)</source>
      <translation>EkAdm database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Inställningar</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>P&amp;ort:</source>
      <translation>P&amp;ort:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Testa och spara</source>
      <translation>Test and save</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Testar anslutningen</source>
      <translation>Testing the connection</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Testar anslutningen till {where}…</source>
      <translation>Testing the connection to {where}…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Välj eller skapa en databasfil</source>
      <translation>Choose or create a database file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>sparas i operativsystemets nyckelring</source>
      <translation>stored in the operating system's keyring</translation>
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>&lt;h2&gt;Välkommen till EkAdm Desktop&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Welcome to EkAdm Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Antal</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Databas: {where} ({kind}), schemaversion {revision}.</source>
      <translation>Database: {where} ({kind}), schema version {revision}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Från</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Innehåll</source>
      <translation>Contents</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Kunde inte läsa databasen: {error}</source>
      <translation>Could not read the database: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Läser in databasens innehåll…</source>
      <translation>Loading the database contents…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Läser in översikten</source>
      <translation>Loading the overview</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Till</source>
      <translation>To</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>utan kund</source>
      <translation>no customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/complaints/steps.py" />
      <source>{case} – {customer} – {status}</source>
      <translation>{case} – {customer} – {status}</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/tasks.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>TelephonyView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Alla grupper</source>
      <translation>All groups</translation>
    </message>
    <message>
      <source>Andel avhopp</source>
      <translation type="vanished">Abandoned share</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Anknytning</source>
      <translation>Extension</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Anknytningar</source>
      <translation>Extensions</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Avhopp</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Belastning</source>
      <translation>Load</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Enhet eller grupp</source>
      <translation>Unit or group</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Enhet: {name}</source>
      <translation>Unit: {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Enhetsmöte</source>
      <translation>Unit meeting</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Erbjudna</source>
      <translation>Offered</translation>
    </message>
    <message>
      <source>Genomsnittlig väntetid till svar</source>
      <translation type="vanished">Average wait until answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Grupp {number} ({name})</source>
      <translation>Group {number} ({name})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Importera en fil från växeln (samtal eller intervallstatistik)</source>
      <translation>Import a file from the phone system (calls or interval statistics)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Importera…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Importhistorik</source>
      <translation>Import history</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Korta avhopp</source>
      <translation>Short abandons</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Längsta väntetid</source>
      <translation>Longest wait</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Läser telefonstatistik</source>
      <translation>Reading phone statistics</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Läser telefonstatistik…</source>
      <translation>Reading phone statistics…</translation>
    </message>
    <message>
      <source>Mest belastade timme</source>
      <translation type="vanished">Busiest hour</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Mål</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Målet för svarsfrekvensen {year}: {target}. {rate}: {definition}</source>
      <translation>The answer rate target for {year}: {target}. {rate}: {definition}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Mått</source>
      <translation>Measure</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Namn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nära</source>
      <translation type="vanished">Near</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Okänd period</source>
      <translation>Unknown period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Period:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Period: månad (2010-03), tertial (2010-T1), vecka (2010-W12) eller år (2010).</source>
      <translation>Period: month (2010-03), four-month period (2010-T1), week (2010-W12) or year (2010).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Perioden</source>
      <translation>The period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Perioden efter</source>
      <translation>Next period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Perioden före</source>
      <translation>Previous period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Samma månad förra året</source>
      <translation>Same month last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Samma period förra året</source>
      <translation>Same period last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Servicenivå</source>
      <translation>Service level</translation>
    </message>
    <message>
      <source>Servicenivå ({t} s)</source>
      <translation type="vanished">Service level ({t} s)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Siffror per anknytning visar en enskild medarbetare. Visa dem bara för den som behöver dem.</source>
      <translation>Figures per extension show an individual employee. Only show them to those who need them.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Snittsamtalstid</source>
      <translation>Average call time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Snittväntetid</source>
      <translation>Average wait</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Svarsfrekvens</source>
      <translation>Answer rate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Svarsfrekvens per enhet, {month}</source>
      <translation>Answer rate by unit, {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Telefoni</source>
      <translation>Telephony</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Tidigare importer av telefonstatistik; ångra en import</source>
      <translation>Earlier imports of phone statistics; undo an import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Trend</source>
      <translation>Trend</translation>
    </message>
    <message>
      <source>Under</source>
      <translation type="vanished">Below</translation>
    </message>
    <message>
      <source>Uppnått</source>
      <translation type="vanished">Achieved</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Uppnått: minst målet. Nära: inom 5 % av målet. Under: lägre.</source>
      <translation>Achieved: at least the target. Near: within 5% of the target. Below: lower.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Visa:</source>
      <translation>Show:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>{scope}, {period}: jämfört med perioden före och samma period förra året</source>
      <translation>{scope}, {period}: compared with the previous period and the same period last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Årets mål för svarsfrekvensen (indicator_target: phone_answer_rate).</source>
      <translation>This year's answer rate target (indicator_target: phone_answer_rate).</translation>
    </message>
  </context>
  <context>
    <name>VolumeImport</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>&amp;Importera</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>&amp;Importera {count} rader</source>
      <translation>&amp;Import {count} rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>&amp;Kontrollera</source>
      <translation>Chec&amp;k</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>&amp;Välj fil…</source>
      <translation>&amp;Choose file…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>&amp;År:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>(ingen kolumn)</source>
      <translation>(no column)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>(ingen profil)</source>
      <translation>(no profile)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Alla månader i filen måste ligga i detta år; ett månadsnummer 1–12 avser det.</source>
      <translation>All months in the file must be in this year; a month number 1–12 refers to it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Antal</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>CSV-fil för Excel (*.csv)</source>
      <translation>CSV file for Excel (*.csv)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Ersätt</source>
      <translation>Replace</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Ersätta importerade månader?</source>
      <translation>Replace imported months?</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Excel och textfiler (*.xlsx *.xlsm *.csv *.txt *.tsv);;Alla filer (*)</source>
      <translation>Excel and text files (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Fel</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Fel i {name}.csv</source>
      <translation>Errors in {name}.csv</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Fil:</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Filen</source>
      <translation>The file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Importen är klar</source>
      <translation>The import is complete</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Importera volymer</source>
      <translation>Import volumes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Importerar {name}</source>
      <translation>Importing {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Inga fel: {count} rader för {months} kan importeras.</source>
      <translation>No errors: {count} rows for {months} can be imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Ingen fil vald</source>
      <translation>No file selected</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Kan inte importera</source>
      <translation>Cannot import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Kan inte kontrollera filen</source>
      <translation>Cannot check the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Kan inte läsa filen</source>
      <translation>Cannot read the file</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Kan inte spara fellistan</source>
      <translation>Cannot save the error list</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Kan inte spara profilen</source>
      <translation>Cannot save the profile</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Kontrollera filen innan den importeras.</source>
      <translation>Check the file before it is imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Kontrollerar {name}</source>
      <translation>Checking {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Månad</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>P&amp;rofil:</source>
      <translation>P&amp;rofile:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Profilens namn:</source>
      <translation>Profile name:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Rad</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Redan importerat och ersätts: {months}.</source>
      <translation>Already imported and will be replaced: {months}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Samma fil har importerats förut.</source>
      <translation>The same file has been imported before.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Spara &amp;fellistan…</source>
      <translation>Save the &amp;error list…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Spara &amp;profil…</source>
      <translation>Save &amp;profile…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Spara fellistan</source>
      <translation>Save the error list</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Spara importprofil</source>
      <translation>Save import profile</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Statistikexporten från affärssystemet (.xlsx eller .csv) med kolumnerna kund, transaktionstyp, månad och antal.</source>
      <translation>The statistics export from the business system (.xlsx or .csv) with the columns customer, transaction type, month and count.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Stäng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Tolkade rader</source>
      <translation>Parsed rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Transaktionstyp</source>
      <translation>Transaction type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Välj en fil.</source>
      <translation>Choose a file.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>Välj statistikexporten</source>
      <translation>Choose the statistics export</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>filens år</source>
      <translation>the file's year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/volumes/import_dialog.py" />
      <source>{count} fel. Inget importeras förrän alla fel är rättade.</source>
      <translation>{count} errors. Nothing is imported until all errors are corrected.</translation>
    </message>
  </context>
  <context>
    <name>VolumesSection</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>E-andel kund</source>
      <translation>E-share customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>E-andel lev.</source>
      <translation>E-share suppl.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>Felaktiga underlag</source>
      <translation>Incorrect documents</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>Inga volymer för kunden {year}.</source>
      <translation>No volumes for the customer in {year}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>Intäkter</source>
      <translation>Revenue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>Kundfakturor</source>
      <translation>Customer invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>Leverantörsfakturor</source>
      <translation>Supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>Läser kundens volymer</source>
      <translation>Reading the customer's volumes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>Månad</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>Påminnelser</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/volumes_section.py" />
      <source>{year}: e-andel {customer} av kundfakturorna ({customer_change} mot förra året) och {supplier} av leverantörsfakturorna ({supplier_change}); intäkter {revenue}.</source>
      <translation>{year}: e-share {customer} of the customer invoices ({customer_change} vs last year) and {supplier} of the supplier invoices ({supplier_change}); revenue {revenue}.</translation>
    </message>
  </context>
  <context>
    <name>WhatIfPanel</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source> procentenheter</source>
      <translation> percentage points</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Alla kunder</source>
      <translation>All customers</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Beräkna</source>
      <translation>Calculate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Diagrammet kunde inte ritas.</source>
      <translation>The chart could not be drawn.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Höj e-andelen med:</source>
      <translation>Raise the e-share by:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Ingen beräkning ännu</source>
      <translation>No calculation yet</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Kan inte räkna fram tänk om-exemplet</source>
      <translation>Cannot calculate the what-if example</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Kund:</source>
      <translation>Customer:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Räknar tänk om</source>
      <translation>Calculating what-if</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Så många procentenheter av fakturorna flyttas från manuell till elektronisk hantering i kund- och leverantörsreskontran (högst de manuella). Behovet av årsarbetare räknas om med prisernas förhållande som mått på arbetet per faktura.</source>
      <translation>This many percentage points of the invoices move from manual to electronic handling in accounts receivable and accounts payable (at most the manual ones). The need for FTEs is recalculated using the ratio of the prices as a measure of the work per invoice.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Tänk om: högre e-andel</source>
      <translation>What-if: higher e-share</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Välj kund och ökning och tryck Beräkna.</source>
      <translation>Choose customer and increase and press Calculate.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>{scope}, {period}: intäkter {before} → {after} ({change}); årsarbetare som behövs i reskontrorna {fte_before} → {fte_after}.</source>
      <translation>{scope}, {period}: revenue {before} → {after} ({change}); FTEs needed in the ledgers {fte_before} → {fte_after}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/what_if.py" />
      <source>Ökning av e-andelen</source>
      <translation>Increase in e-share</translation>
    </message>
  </context>
  <context>
    <name>admin</name>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Aktiv</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Andel elektroniska leverantörsfakturor</source>
      <translation>Share of electronic supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Andel kundfakturor via försystem</source>
      <translation>Share of customer invoices via feeder system</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Andel nöjda kunder</source>
      <translation>Share of satisfied customers</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Andelar anges som decimaltal: 0,9 är 90 %.</source>
      <translation>Enter shares as decimals: 0.9 is 90%.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Ansvarig enhet</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Anteckning</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Användare</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Avmarkera {active} i stället.</source>
      <translation>Untick {active} instead.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Den enhet en enhetschef leder; används inte för andra roller.</source>
      <translation>The unit a unit manager leads; not used for other roles.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Det finns redan en {what} med samma {fields} ({values}).</source>
      <translation>Another {what} already has the same {fields} ({values}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Det finns redan en {what} med {field} {value}.</source>
      <translation>Another {what} already has {field} {value}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Det finns redan ett {what} med samma {fields} ({values}).</source>
      <translation>Another {what} already has the same {fields} ({values}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Det finns redan ett {what} med {field} {value}.</source>
      <translation>Another {what} already has {field} {value}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>E-post</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Elektronisk</source>
      <translation>Electronic</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Elektronisk eller manuell, för andelen elektroniskt hanterade. Tomt om det inte är tillämpligt.</source>
      <translation>Electronic or manual, for the share handled electronically. Leave empty if not applicable.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Enheter</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Enhetschef</source>
      <translation>Unit manager</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Enhetschefens inloggning</source>
      <translation>Unit manager's login</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Fackförvaltning</source>
      <translation>Specialist department</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Fyll i {field}.</source>
      <translation>Fill in {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Gruppnummer</source>
      <translation>Group number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Gräns för gult (andel av målet, alla indikatorer)</source>
      <translation>Threshold for amber (share of target, all indicators)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Gräns för gult: kundfakturor per handläggare</source>
      <translation>Threshold for amber: customer invoices per officer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Gräns för gult: leverantörsfakturor per handläggare</source>
      <translation>Threshold for amber: supplier invoices per officer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Gäller från</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Gäller till</source>
      <translation>Valid to</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Hantering</source>
      <translation>Handling</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Indikatormål</source>
      <translation>Indicator targets</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Ingående tjänster</source>
      <translation>Included services</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Inloggning</source>
      <translation>Login</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kod</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kontaktperson</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kunder</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kundfakturor per handläggare och månad</source>
      <translation>Customer invoices per case officer and month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kärnprocess</source>
      <translation>Core process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Leverantörsfakturor per handläggare och månad</source>
      <translation>Supplier invoices per case officer and month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Lägre tal visas först i listor och rapporter.</source>
      <translation>Lower numbers come first in lists and reports.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Manuell</source>
      <translation>Manual</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Målvärde</source>
      <translation>Target value</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Namn</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Något som valts i {field} finns inte längre. Läs in igen.</source>
      <translation>Something selected in {field} no longer exists. Reload and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Posten används av andra uppgifter och kan inte tas bort.</source>
      <translation>The record is used by other data and cannot be deleted.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Posten kunde inte sparas: en kod eller ett namn finns redan, eller något den hänvisar till har tagits bort. Läs in igen och försök på nytt.</source>
      <translation>The record could not be saved: a code or name already exists, or something it refers to has been deleted. Reload and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Pris (kr)</source>
      <translation>Price (SEK)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Prisenhet</source>
      <translation>Price unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Priser</source>
      <translation>Prices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Processer</source>
      <translation>Processes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Programmet känner igen posten på koden, så den kan inte ändras i efterhand.</source>
      <translation>The program identifies the record by its code, so the code cannot be changed later.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Roll</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Räknas med i fakturor per handläggare.</source>
      <translation>Included in invoices per case officer.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Räknas som faktura</source>
      <translation>Counts as an invoice</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Serviceavtal</source>
      <translation>Service agreements</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Servicenivå i telefon</source>
      <translation>Phone service level</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Sortering</source>
      <translation>Sort order</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Stadsdelsförvaltning</source>
      <translation>District administration</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Svarsfrekvens i telefon</source>
      <translation>Phone answer rate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Tilläggstjänst</source>
      <translation>Additional service</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Tilläggsöverenskommelser</source>
      <translation>Additional agreements</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Timme</source>
      <translation>Hour</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Tjänst</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Transaktion</source>
      <translation>Transaction</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Transaktionstyp</source>
      <translation>Transaction type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Transaktionstyper</source>
      <translation>Transaction types</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Undertecknat</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Välj bland alternativen i {field}.</source>
      <translation>Choose from the options in {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Välj ett av alternativen i {field}.</source>
      <translation>Choose one of the options in {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Välj {field}.</source>
      <translation>Choose {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>anknytning</source>
      <translation>extension</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>användare</source>
      <translation>user</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>bemanningsrad</source>
      <translation>staffing row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>enhet</source>
      <translation>unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>indikatormål</source>
      <translation>indicator target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>klagomål</source>
      <translation>complaint</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>kund</source>
      <translation>customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>kundloggspost</source>
      <translation>customer log entry</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>pris</source>
      <translation>price</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>process</source>
      <translation>process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>serviceavtal</source>
      <translation>service agreement</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>telefongrupp</source>
      <translation>phone group</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>tilläggsöverenskommelse</source>
      <translation>additional agreement</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>timrad</source>
      <translation>hours row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>transaktionstyp</source>
      <translation>transaction type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>volymrad</source>
      <translation>volume row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{count} {noun}</source>
      <translation>{count} {noun}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/fields.py" />
      <source>{field} får ha högst {count} decimaler.</source>
      <translation>{field} can have at most {count} decimal places.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} får vara högst {count} tecken.</source>
      <translation>{field} can be at most {count} characters.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} får vara högst {high}.</source>
      <translation>{field} can be at most {high}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} kan inte ändras i efterhand.</source>
      <translation>{field} cannot be changed later.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/fields.py" />
      <source>{field} måste vara ett datum (ÅÅÅÅ-MM-DD).</source>
      <translation>{field} must be a date (YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/fields.py" />
      <source>{field} måste vara ett heltal.</source>
      <translation>{field} must be a whole number.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/fields.py" />
      <source>{field} måste vara ett tal, t.ex. 4 300,50.</source>
      <translation>{field} must be a number, e.g. 4300.50.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} måste vara ja eller nej.</source>
      <translation>{field} must be yes or no.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} måste vara mellan {low} och {high}.</source>
      <translation>{field} must be between {low} and {high}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} måste vara minst {low}.</source>
      <translation>{field} must be at least {low}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} ser inte ut som en e-postadress.</source>
      <translation>{field} does not look like an email address.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>{items} och {last}</source>
      <translation>{items} and {last}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>{last} får inte vara före {first}.</source>
      <translation>{last} cannot be before {first}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{what} kan inte tas bort. Avmarkera {active} i stället.</source>
      <translation>{what} cannot be deleted. Untick {active} instead.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{what} {title} kan inte tas bort eftersom den används av {uses}.</source>
      <translation>{what} {title} cannot be deleted because it is used by {uses}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{what} {title} kan inte tas bort eftersom det används av {uses}.</source>
      <translation>{what} {title} cannot be deleted because it is used by {uses}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>År</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Övrig tjänst</source>
      <translation>Other service</translation>
    </message>
  </context>
  <context>
    <name>admin plural</name>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>anknytningar</source>
      <translation>extensions</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>användare</source>
      <translation>users</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>bemanningsrader</source>
      <translation>staffing rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>enheter</source>
      <translation>units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>indikatormål</source>
      <translation>indicator targets</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>klagomål</source>
      <translation>complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>kunder</source>
      <translation>customers</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>kundloggsposter</source>
      <translation>customer log entries</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>priser</source>
      <translation>prices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>processer</source>
      <translation>processes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>serviceavtal</source>
      <translation>service agreements</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>telefongrupper</source>
      <translation>phone groups</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>tilläggsöverenskommelser</source>
      <translation>additional agreements</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>timrader</source>
      <translation>hour rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>transaktionstyper</source>
      <translation>transaction types</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>volymrader</source>
      <translation>volume rows</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Demodatabasen kunde inte skapas</source>
      <translation>The demo database could not be created</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Inställningar</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Läser in…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Skapar demodatabasen (första gången)…</source>
      <translation>Creating the demo database (first time only)…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Öppnar databasen</source>
      <translation>Opening the database</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Öppnar databasen {where}…</source>
      <translation>Opening the database {where}…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Öppnar databasen…</source>
      <translation>Opening the database…</translation>
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Klagomål</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Klagomålsstatistik</source>
      <translation>Complaint statistics</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Kundlogg</source>
      <translation>Customer log</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Kundsida</source>
      <translation>Customer page</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Månadsavstämning</source>
      <translation>Monthly reconciliation</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Nyckeltal och intäkter</source>
      <translation>Key figures and revenue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Rapporter</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Start</source>
      <translation type="vanished">Home</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Telefoni</source>
      <translation>Telephony</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Uppföljning</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Översikt</source>
      <translation>Overview</translation>
    </message>
  </context>
  <context>
    <name>chart_render</name>
    <message>
      <location filename="../../../ekadm_desktop/reports/chart_render.py" />
      <source>Inga uppgifter för perioden</source>
      <translation>No data for the period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/chart_render.py" />
      <source>Mål</source>
      <translation>Target</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../../ekadm_desktop/cli_report.py" />
      <source> (kräver --unit)</source>
      <translation> (requires --unit)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>--to ({last}) är före --from ({first}).</source>
      <translation>--to ({last}) is before --from ({first}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_report.py" />
      <source>Ange --period, t.ex. 2010-03.</source>
      <translation>Give --period, e.g. 2010-03.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_report.py" />
      <source>Ange rapporten (NAMN) eller --preset.</source>
      <translation>Give the report (NAME) or --preset.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Anonymiserade klagomål: {count} (fält: {fields}, händelsetexter: {events}).</source>
      <translation>Anonymised complaints: {count} (fields: {fields}, event texts: {events}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Användare: {login}</source>
      <translation>User: {login}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Avhopp</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Avhopp %</source>
      <translation>Abandoned %</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Avslutad</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone.py" />
      <source>Avvisade rader sparade i {path}</source>
      <translation>Rejected rows saved in {path}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Bemanning 2010: {fte} årsarbetare ({people} personer) per månad. Kundlogg: {log} poster. Klagomål: {complaints} ({secret} sekretess). Samtal: {calls}.</source>
      <translation>Staffing 2010: {fte} FTEs ({people} people) per month. Customer log: {log} entries. Complaints: {complaints} ({secret} confidential). Calls: {calls}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Databas: {where}</source>
      <translation>Database: {where}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Databas: {where} ({kind})</source>
      <translation>Database: {where} ({kind})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Databasen är tom (inget schema).</source>
      <translation>The database is empty (no schema).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Demodatabasen {path} skapad.</source>
      <translation>Demo database {path} created.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Erbjudna</source>
      <translation>Offered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>FEL: {problem}</source>
      <translation>ERROR: {problem}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Felaktigt datum {value}: skriv det som ÅÅÅÅ-MM-DD.</source>
      <translation>Invalid date {value}: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_report.py" />
      <source>Förval:</source>
      <translation>Presets:</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Gallring: avslutade klagomål med avslutsdatum före {cutoff} ({months} månader).</source>
      <translation>Purge: closed complaints with a closing date before {cutoff} ({months} months).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Inga fel hittades.</source>
      <translation>No errors found.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Inga klagomål att gallra.</source>
      <translation>No complaints to purge.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone.py" />
      <source>Inga rader kunde importeras.</source>
      <translation>No rows could be imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Inget ändrades.</source>
      <translation>Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Klagomål att anonymisera: {count}</source>
      <translation>Complaints to anonymise: {count}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Korta</source>
      <translation>Short</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Lagringstiden kan inte läsas ur inställningarna: {error} Ange den med --months N.</source>
      <translation>The retention period cannot be read from the settings: {error} Specify it with --months N.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Längsta</source>
      <translation>Longest</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Mest belastad</source>
      <translation>Busiest</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Schemaversion {revision}, programmet har {head}: kör `ekadm db upgrade`.</source>
      <translation>Schema version {revision}, the program has {head}: run `ekadm db upgrade`.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Schemaversion: {revision}</source>
      <translation>Schema version: {revision}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Schemaversion: {revision} (programmet: {head})</source>
      <translation>Schema version: {revision} (program: {head})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Servicenivå</source>
      <translation>Service level</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Servicenivå: besvarade inom {t} s / besvarade. Svarsfrekvens: besvarade / (erbjudna − korta avhopp).</source>
      <translation>Service level: answered within {t} s / answered. Answer rate: answered / (offered − short abandons).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Snittvänt.</source>
      <translation>Avg wait</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>Svarsfrekv.</source>
      <translation>Ans. rate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Säkerhetskopia före uppgraderingen: {path}</source>
      <translation>Backup before the upgrade: {path}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Uppgifter som gallras</source>
      <translation>Data to be purged</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>ekadm: avbrutet</source>
      <translation>ekadm: cancelled</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>ekadm: {message}</source>
      <translation>ekadm: {message}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>pg_dump finns inte på den här datorn; installera PostgreSQL-klienten.</source>
      <translation>pg_dump is not installed on this computer; install the PostgreSQL client.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>pg_dump misslyckades: {error}</source>
      <translation>pg_dump failed: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli_phone_stats.py" />
      <source>{option}: {text} är inget datum, ange ÅÅÅÅ-MM-DD.</source>
      <translation>{option}: {text} is not a date, give YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>{where}: schemaversion {revision} är redan aktuell.</source>
      <translation>{where}: schema version {revision} is already current.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>{where}: uppgraderad från {old} till {new}.</source>
      <translation>{where}: upgraded from {old} to {new}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>{year}: {customer} kundfakturor, {supplier} leverantörsfakturor</source>
      <translation>{year}: {customer} customer invoices, {supplier} supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Ärendenummer</source>
      <translation>Case number</translation>
    </message>
  </context>
  <context>
    <name>complaint_charts</name>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>1 dag</source>
      <translation>1 day</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Antal klagomål</source>
      <translation>Number of complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Avslutade</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Besvarade inom svarstiden</source>
      <translation>Answered within the response time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Handläggningstider, {period}</source>
      <translation>Handling times, {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Inga klagomål under perioden</source>
      <translation>No complaints in the period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Inkomna klagomål</source>
      <translation>Complaints received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Klagomål per felorsak, {period}</source>
      <translation>Complaints by error cause, {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Klagomål per kategori, {period}</source>
      <translation>Complaints by category, {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Klagomål per kund, {period}</source>
      <translation>Complaints by customer, {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Klagomål per månad {year}</source>
      <translation>Complaints by month, {year}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Klagomål per process, {period}</source>
      <translation>Complaints by process, {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Klagomål per tertial {year}</source>
      <translation>Complaints by four-month period, {year}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Klagomål per tertial {year} jämfört med {previous}</source>
      <translation>Complaints by four-month period, {year} compared with {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Ledtid, medelvärde</source>
      <translation>Lead time, mean</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Ledtid, median</source>
      <translation>Lead time, median</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Svarstid, medelvärde</source>
      <translation>Response time, mean</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Svarstid, median</source>
      <translation>Response time, median</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Svarstid: dagar från inkommet till besvarat. Ledtid: dagar från inkommet till avslutat. Andelen räknas på de besvarade som hade en svarsfrist.</source>
      <translation>Response time: days from received to answered. Lead time: days from received to closed. The share is calculated on the answered complaints that had a response deadline.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>besvarade inom
svarstiden</source>
      <translation>answered within
the response time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>{days} dagar</source>
      <translation>{days} days</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Övriga ({count} kunder)</source>
      <translation>Others ({count} customers)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/complaint_charts.py" />
      <source>Övriga ({count} processer)</source>
      <translation>Others ({count} processes)</translation>
    </message>
  </context>
  <context>
    <name>complaints</name>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>(ej angiven)</source>
      <translation>(not specified)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>(ingen kund)</source>
      <translation>(no customer)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>(ingen process)</source>
      <translation>(no process)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>(sekretess)</source>
      <translation>(confidential)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Allvarlighet</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ange ett datum för {field}.</source>
      <translation>Enter a date for {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ange minst en månad.</source>
      <translation>Enter at least one month.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ange varför ärendet öppnas igen.</source>
      <translation>Give the reason for reopening the case.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Anonym</source>
      <translation>Anonymous</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ansvarig</source>
      <translation>Person responsible</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Anteckning</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Avslutad</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Avslutat</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Avslutat {day}: {outcome}.</source>
      <translation>Closed {day}: {outcome}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Bara en administratör eller controller kan öppna ett avslutat ärende igen.</source>
      <translation>Only an administrator or controller can reopen a closed case.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Bara ett avslutat ärende kan öppnas igen.</source>
      <translation>Only a closed case can be reopened.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Befogat</source>
      <translation>Justified</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Bekräfta mottagandet innan utredningen påbörjas.</source>
      <translation>Acknowledge receipt before the investigation starts.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Bekräfta mottagandet innan ärendet besvaras.</source>
      <translation>Acknowledge receipt before the case is answered.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Bekräftad</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Bekräftat</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Bemötande</source>
      <translation>Treatment</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Beröm</source>
      <translation>Praise</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Beskrivning</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Besvarad</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Besvarat</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Besvarat {day}.</source>
      <translation>Answered {day}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Brev</source>
      <translation>Letter</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Diarienummer</source>
      <translation>Diary number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Du har bara läsbehörighet och kan inte ändra i klagomålsregistret.</source>
      <translation>You only have read access and cannot make changes in the complaint register.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Du kan bara koppla kundloggsposter för din egen enhet till ett ärende.</source>
      <translation>You can only link customer log entries for your own unit to a case.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Du kan bara ändra klagomål för din egen enhet.</source>
      <translation>You can only change complaints for your own unit.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>E-post</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Eget fel</source>
      <translation>Own error</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Enheten i {field} finns inte längre. Läs in igen.</source>
      <translation>The unit in {field} no longer exists. Reload and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Fakturanummer, leverantörsnummer, verifikation …</source>
      <translation>Invoice number, supplier number, voucher …</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Fel i handläggning</source>
      <translation>Handling error</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Felorsak</source>
      <translation>Error cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Fråga</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Fyll i {field}.</source>
      <translation>Fill in {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Förbättring i processgruppen</source>
      <translation>Improvement in the process group</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Förslag</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Handläggningstid</source>
      <translation>Handling time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Hög</source>
      <translation>High</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Information</source>
      <translation>Information</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ingen ändring</source>
      <translation>No change</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Inkom</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kanal</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Klagomål</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kontakt med kunden</source>
      <translation>Contact with the customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kontaktperson</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Korrigerande eller förebyggande åtgärd</source>
      <translation>Corrective or preventive action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kunden i {field} finns inte längre. Läs in igen.</source>
      <translation>The customer in {field} no longer exists. Reload and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kundens fel</source>
      <translation>Customer's error</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kundloggsposten finns inte längre.</source>
      <translation>The customer log entry no longer exists.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kundloggsposten gäller en annan kund än ärendet.</source>
      <translation>The customer log entry concerns a different customer from the case.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kundloggsposten är inte kopplad till ärende {case}.</source>
      <translation>The customer log entry is not linked to case {case}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Kundloggsposten är redan kopplad till ärende {case}.</source>
      <translation>The customer log entry is already linked to case {case}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Lämnas tom bara när klagomålet är anonymt.</source>
      <translation>Leave empty only when the complaint is anonymous.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Lämnas tom vid registrering: inkomstdagen plus normens arbetsdagar.</source>
      <translation>Leave empty when registering: the date received plus the standard number of working days.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Lämnas tom: din enhet, annars kundens ansvariga enhet.</source>
      <translation>If left empty: your unit, otherwise the customer's responsible unit.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Låg</source>
      <translation>Low</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Mottagandet bekräftat {day}.</source>
      <translation>Receipt acknowledged {day}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Mottaget av</source>
      <translation>Received by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Möte</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Oklart</source>
      <translation>Unclear</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Omedelbar åtgärd</source>
      <translation>Immediate action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Processen i {field} finns inte längre. Läs in igen.</source>
      <translation>The process in {field} no longer exists. Reload and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Referens</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Registrerat</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Resultat</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Rotorsak</source>
      <translation>Root cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Rotorsakskod</source>
      <translation>Root cause code</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Rutin ändrad</source>
      <translation>Procedure changed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Rättat</source>
      <translation>Corrected</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Sekretess</source>
      <translation>Confidentiality</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Skriv en text i händelsen.</source>
      <translation>Write a text for the event.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Svar</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Svara senast</source>
      <translation>Answer by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Synpunkt</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>System</source>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>System (ekonomisystemet)</source>
      <translation>System (the financial system)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Tillgänglighet</source>
      <translation>Accessibility</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Tredje part</source>
      <translation>Third party</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Under utredning</source>
      <translation>Under investigation</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Utredning påbörjad</source>
      <translation>Investigation started</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Utredningen påbörjad.</source>
      <translation>Investigation started.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Utredningen är redan påbörjad.</source>
      <translation>The investigation has already started.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Välj en av händelsetyperna {kinds}.</source>
      <translation>Choose one of the event types {kinds}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Välj ett av alternativen i {field}.</source>
      <translation>Choose one of the options in {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Välj {field} eller markera ”Anonym”.</source>
      <translation>Choose {field} or tick “Anonymous”.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Välj {field}.</source>
      <translation>Choose {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Webb</source>
      <translation>Web</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>{field} får vara högst {count} tecken.</source>
      <translation>{field} can be at most {count} characters.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>{field} kan inte vara ett datum i framtiden.</source>
      <translation>{field} cannot be a date in the future.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>{field} kan inte vara före inkomstdagen ({day}).</source>
      <translation>{field} cannot be before the date received ({day}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>{field} kan inte vara före {other} ({day}).</source>
      <translation>{field} cannot be before {other} ({day}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>{field} måste ligga mellan år {low} och {high}.</source>
      <translation>{field} must be between the years {low} and {high}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>{field} måste vara ja eller nej.</source>
      <translation>{field} must be yes or no.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>{field} ska vara tom när klagomålet är anonymt.</source>
      <translation>{field} must be empty when the complaint is anonymous.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ärende i ekonomisystemet</source>
      <translation>Case in the financial system</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ärendet finns inte längre; någon annan har tagit bort det.</source>
      <translation>The case no longer exists; someone else has deleted it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ärendet måste besvaras innan det kan avslutas.</source>
      <translation>The case must be answered before it can be closed.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ärendet är redan avslutat.</source>
      <translation>The case is already closed.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ärendet är redan bekräftat.</source>
      <translation>The case is already acknowledged.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Ärendet är redan besvarat.</source>
      <translation>The case is already answered.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Återöppnat</source>
      <translation>Reopened</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Önskad åtgärd</source>
      <translation>Requested action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Öppnat igen: {reason}</source>
      <translation>Reopened: {reason}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/complaints.py" />
      <source>Övrigt</source>
      <translation>Other</translation>
    </message>
  </context>
  <context>
    <name>customer_log</name>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Avtalsändring</source>
      <translation>Agreement change</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Du har bara läsbehörighet och kan inte ändra i kundloggen.</source>
      <translation>You only have read access and cannot make changes in the customer log.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Du kan bara ändra kundloggsposter för din egen enhet.</source>
      <translation>You can only change customer log entries for your own unit.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>E-post</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Enheten i {field} finns inte längre. Läs in igen.</source>
      <translation>The unit in {field} no longer exists. Reload and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Fyll i {field} när någon ska följa upp posten.</source>
      <translation>Fill in {field} when someone is to follow up the entry.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Fyll i {field} när posten har ett uppföljningsdatum.</source>
      <translation>Fill in {field} when the entry has a follow-up date.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Fyll i {field}.</source>
      <translation>Fill in {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Följs upp av</source>
      <translation>Followed up by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Försenad</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Händelse</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Klagomål</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Klagomålet i {field} finns inte längre. Läs in igen.</source>
      <translation>The complaint in {field} no longer exists. Reload and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Klagomålet i {field} gäller en annan kund.</source>
      <translation>The complaint in {field} concerns a different customer.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Klar</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Kunden finns inte längre.</source>
      <translation>The customer no longer exists.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Kunden i {field} finns inte längre. Läs in igen.</source>
      <translation>The customer in {field} no longer exists. Reload and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Kundmöte</source>
      <translation>Customer meeting</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Lämnas tom: kundens ansvariga enhet.</source>
      <translation>If left empty: the customer's responsible unit.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Posten har ingen uppföljning att markera.</source>
      <translation>The entry has no follow-up to mark.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Skriven av</source>
      <translation>Written by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Telefonsamtal</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Uppföljning</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Uppföljning klar</source>
      <translation>Follow-up done</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Uppföljning öppen</source>
      <translation>Follow-up open</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Uppföljningsdatum</source>
      <translation>Follow-up date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Välj ett av alternativen i {field}.</source>
      <translation>Choose one of the options in {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Välj {field}.</source>
      <translation>Choose {field}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>{field} får vara högst {count} tecken.</source>
      <translation>{field} can be at most {count} characters.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>{field} kan inte vara före postens datum ({day}).</source>
      <translation>{field} cannot be before the entry's date ({day}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>{field} måste ligga mellan år {low} och {high}.</source>
      <translation>{field} must be between the years {low} and {high}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>{field} måste vara ja eller nej.</source>
      <translation>{field} must be yes or no.</translation>
    </message>
  </context>
  <context>
    <name>customer_sections</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/sections.py" />
      <source>Klagomål</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/sections.py" />
      <source>Kundlogg</source>
      <translation>Customer log</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/sections.py" />
      <source>Telefoni (ansvarig enhet)</source>
      <translation>Telephony (responsible unit)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/sections.py" />
      <source>Uppgifter och avtal</source>
      <translation>Details and agreements</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/customers/sections.py" />
      <source>Volymer, e-andel och intäkter</source>
      <translation>Volumes, e-share and revenue</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message>
      <location filename="../../../ekadm_desktop/services/customers.py" />
      <source>Fackförvaltning</source>
      <translation>Specialist department</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customers.py" />
      <source>Kunden finns inte längre.</source>
      <translation>The customer no longer exists.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customers.py" />
      <source>Stadsdelsförvaltning</source>
      <translation>District administration</translation>
    </message>
  </context>
  <context>
    <name>dashboard</name>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>0 försenade</source>
      <translation>0 overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>1 försenad</source>
      <translation>1 overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Alla enheter</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>E-andel kundfakturor</source>
      <translation>E-share customer invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>E-andel lev.fakturor</source>
      <translation>E-share suppl. invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>E-andel leverantörsfakturor</source>
      <translation>E-share supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Inga samtal</source>
      <translation>No calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Inga uppgifter</source>
      <translation>No data</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Ingen grupp</source>
      <translation>No group</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Inget mål</source>
      <translation>No target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Klagomål som inte är avslutade, idag. Försenade: väntar på svar och svarsfristen (10 arbetsdagar) har gått ut. Kurvan: mottagna klagomål per månad.</source>
      <translation>Complaints not yet closed, today. Overdue: awaiting an answer and the response deadline (10 working days) has passed. Curve: complaints received per month.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Kundfakturor per åa</source>
      <translation>Customer invoices per FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Kundfakturor per årsarbetare</source>
      <translation>Customer invoices per FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Kundloggens öppna uppföljningar med datum denna vecka (måndag–söndag) eller tidigare, som i Uppföljning. Försenade: datumet har passerat. Kurvan: de öppna uppföljningarna per månad de skulle följas upp.</source>
      <translation>The customer log's open follow-ups dated this week (Monday–Sunday) or earlier, as in Follow-ups. Overdue: the date has passed. Curve: the open follow-ups per month they were due.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Lev.fakturor per åa</source>
      <translation>Suppl. invoices per FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Leverantörsfakturor per årsarbetare</source>
      <translation>Supplier invoices per FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Nära</source>
      <translation>Near</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Svarsfrekvens</source>
      <translation>Answer rate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Under mål</source>
      <translation>Below target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Uppföljningar</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Uppnått</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>idag</source>
      <translation>today</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>mottagna klagomål per månad</source>
      <translation>complaints received per month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>{count} försenade</source>
      <translation>{count} overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>Öppna klagomål</source>
      <translation>Open complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/dashboard.py" />
      <source>öppna uppföljningar per förfallomånad</source>
      <translation>open follow-ups per due month</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source> Originalet är oförändrat; en kopia finns i {backup}.</source>
      <translation> The original is unchanged; a copy is in {backup}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Anslutningen fungerar. Databasen har aktuell schemaversion ({revision}).</source>
      <translation>The connection works. The database has the current schema version ({revision}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Anslutningen fungerar. Databasen har schemaversion {revision} och uppgraderas till {head} när den öppnas (efter en säkerhetskopia).</source>
      <translation>The connection works. The database has schema version {revision} and will be upgraded to {head} when it is opened (after a backup).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Anslutningen fungerar. Databasen är tom och förbereds när den öppnas.</source>
      <translation>The connection works. The database is empty and will be set up when it is opened.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen finns inte på servern {where}.</source>
      <translation>The database does not exist on the server {where}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Databasen {where} finns inte.</source>
      <translation>The database {where} does not exist.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Databasen {where} har schemaversion {revision}, som är nyare än den här versionen av programmet ({head}). Uppdatera EkAdm Desktop för att öppna den.</source>
      <translation>The database {where} has schema version {revision}, which is newer than this version of the program ({head}). Update EkAdm Desktop to open it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen {where} kan inte öppnas. Finns mappen och har du behörighet?</source>
      <translation>The database {where} cannot be opened. Does the folder exist and do you have permission?</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen {where} är låst av ett annat program eller en annan användare. Försök igen om en stund.</source>
      <translation>The database {where} is locked by another program or user. Try again in a moment.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Databasen {where} är skadad ({problem}). Återställ en säkerhetskopia.</source>
      <translation>The database {where} is damaged ({problem}). Restore a backup.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen {where} är skadad. Återställ en säkerhetskopia.</source>
      <translation>The database {where} is damaged. Restore a backup.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen {where} är skrivskyddad. Kontrollera behörigheten till filen och mappen.</source>
      <translation>The database {where} is read-only. Check the permissions on the file and folder.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Du har inte behörighet att läsa {path}.</source>
      <translation>You do not have permission to read {path}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Fel från databasservern {where}: {error}</source>
      <translation>Error from the database server {where}: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Fel i databasen {where}: {error}</source>
      <translation>Error in the database {where}: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Filen {path} är ingen EkAdm-databas (den är inte en SQLite-databas).</source>
      <translation>The file {path} is not an EkAdm database (it is not an SQLite database).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Filen {where} är ingen databas.</source>
      <translation>The file {where} is not a database.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Mappen {folder} finns inte.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Mappen {folder} är skrivskyddad; databasen behöver kunna skriva där.</source>
      <translation>The folder {folder} is read-only; the database needs to be able to write there.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/customer_log.py" />
      <source>Posten finns inte längre; någon annan har tagit bort den.</source>
      <translation>The record no longer exists; someone else has deleted it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/database.py" />
      <source>Posten har ändrats eller tagits bort av någon annan sedan du öppnade den. Läs in den igen och gör om ändringen.</source>
      <translation>The record has been changed or deleted by someone else since you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Rad {rowid} i {table} pekar på en rad i {parent} som saknas.</source>
      <translation>Row {rowid} in {table} refers to a missing row in {parent}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Servern {where} godtog inte användarnamnet eller lösenordet.</source>
      <translation>The server {where} did not accept the username or password.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Servern {where} svarar inte. Kontrollera adressen och nätverket.</source>
      <translation>The server {where} is not responding. Check the address and the network.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Uppgraderingen av databasen {where} misslyckades: {error}.</source>
      <translation>The upgrade of the database {where} failed: {error}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>{path} är en mapp, inte en databasfil.</source>
      <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>{where} innehåller tabeller men är ingen EkAdm-databas. Välj en annan databas.</source>
      <translation>{where} contains tables but is not an EkAdm database. Choose another database.</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Databasen {where} innehåller redan volymer, klagomål, kundlogg eller telefonstatistik. Demodata läggs bara in i en databas utan egna uppgifter.</source>
      <translation>The database {where} already contains volumes, complaints, customer log entries or phone statistics. Demo data is only added to a database with no data of its own.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Demodata klara.</source>
      <translation>Demo data ready.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Filen {path} finns redan. Välj ett nytt filnamn för demodatabasen.</source>
      <translation>The file {path} already exists. Choose a new file name for the demo database.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar användare och serviceavtal…</source>
      <translation>Creating users and service agreements…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar bemanning och timmar…</source>
      <translation>Creating staffing and hours…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar klagomål och kundlogg…</source>
      <translation>Creating complaints and the customer log…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar telefonsamtal ({calls} hittills)…</source>
      <translation>Creating phone calls ({calls} so far)…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar telefonsamtal…</source>
      <translation>Creating phone calls…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar volymer…</source>
      <translation>Creating volumes…</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="../../../ekadm_desktop/reports/table_export.py" />
      <source>Blad1</source>
      <translation>Sheet1</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/export.py" />
      <source>Excel-arbetsbok (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/export.py" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/export.py" />
      <source>Exportera till Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/table_export.py" />
      <source>Filen {name} kunde inte sparas. Den kan vara öppen i Excel eller skrivskyddad; stäng den eller välj ett annat namn och försök igen.</source>
      <translation>The file {name} could not be saved. It may be open in Excel or read-only; close it or choose another name and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/table_export.py" />
      <source>Filen {name} kunde inte sparas: {error}</source>
      <translation>The file {name} could not be saved: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/table_export.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/export.py" />
      <source>Kan inte exportera</source>
      <translation>Cannot export</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/table_export.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <location filename="../../../ekadm_desktop/services/history.py" />
      <source>Borttagen</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/history.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/history.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/history.py" />
      <source>Skapad</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/history.py" />
      <source>Ändrad</source>
      <translation>Changed</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>1 rad</source>
      <translation>1 row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>1 rad importerades.</source>
      <translation>1 row was imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Allvarlighet</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Anonym</source>
      <translation>Anonymous</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Ansvarig</source>
      <translation>Person responsible</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Arbetsboken {name} har inga kalkylblad.</source>
      <translation>The workbook {name} has no worksheets.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Arbetsboken {name} har inget blad som heter ”{sheet}”.</source>
      <translation>The workbook {name} has no sheet called “{sheet}”.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Arbetsboken {name} kan inte läsas: bladet är skadat eller har ett okänt format.</source>
      <translation>The workbook {name} cannot be read: the sheet is damaged or has an unknown format.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Avgränsare: {delimiter}</source>
      <translation>Delimiter: {delimiter}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Avslutad</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Avslutat (importerat).</source>
      <translation>Closed (imported).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Befogat</source>
      <translation>Justified</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Bekräftad</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Beskrivning</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Besvarad</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Besvarat (importerat).</source>
      <translation>Answered (imported).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Bladet ”{sheet}” i {name} är tomt.</source>
      <translation>The sheet “{sheet}” in {name} is empty.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Diarienummer</source>
      <translation>Diary number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Du har bara läsbehörighet och kan inte importera till {target}.</source>
      <translation>You only have read access and cannot import to {target}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Excel-arbetsbok, bladet ”{sheet}”</source>
      <translation>Excel workbook, sheet “{sheet}”</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Fel</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Fellistan kan inte sparas i {name}: {error}</source>
      <translation>The error list cannot be saved to {name}: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Felorsak</source>
      <translation>Error cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Filen har inga rader att importera.</source>
      <translation>The file has no rows to import.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} blandar teckenkodningar: den har å, ä eller ö i UTF-8 men byten på position {offset} (0x{byte}) är inte UTF-8. Spara den som ”CSV UTF-8” i Excel och försök igen.</source>
      <translation>The file {name} mixes character encodings: it has å, ä or ö in UTF-8 but the byte at position {offset} (0x{byte}) is not UTF-8. Save it as “CSV UTF-8” in Excel and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} finns inte.</source>
      <translation>The file {name} does not exist.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} har bara en rubrikrad och inga rader att importera.</source>
      <translation>The file {name} has only a header row and no rows to import.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} kan inte läsas som en Excel-arbetsbok (.xlsx). Är den skadad, eller är det en annan sorts fil?</source>
      <translation>The file {name} cannot be read as an Excel workbook (.xlsx). Is it damaged, or is it a different kind of file?</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} kan inte läsas som en tabell (rad {line}).</source>
      <translation>The file {name} cannot be read as a table (row {line}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} kan inte läsas som text: byten på position {offset} (0x{byte}) är varken giltig UTF-8 eller Windows-1252. Är det en textfil? Spara den annars som ”CSV UTF-8” i Excel och försök igen.</source>
      <translation>The file {name} cannot be read as text: the byte at position {offset} (0x{byte}) is neither valid UTF-8 nor Windows-1252. Is it a text file? If so, save it as “CSV UTF-8” in Excel and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} kan inte läsas: den börjar som {encoding} men byten på position {offset} (0x{byte}) passar inte den teckenkodningen.</source>
      <translation>The file {name} cannot be read: it starts as {encoding} but the byte at position {offset} (0x{byte}) does not fit that character encoding.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} kan inte läsas: {error}</source>
      <translation>The file {name} cannot be read: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} kan inte öppnas: du saknar behörighet, eller så är den öppen i Excel. Stäng den i Excel och försök igen.</source>
      <translation>The file {name} cannot be opened: you do not have permission, or it is open in Excel. Close it in Excel and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} är en Excel-fil i det äldre formatet (.xls) eller lösenordsskyddad. Öppna den i Excel och spara den som ”Excel-arbetsbok (.xlsx)” eller som CSV.</source>
      <translation>The file {name} is an Excel file in the older format (.xls) or is password-protected. Open it in Excel and save it as “Excel Workbook (.xlsx)” or as CSV.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} är ingen textfil (CSV) eller Excel-arbetsbok och kan inte importeras.</source>
      <translation>The file {name} is not a text file (CSV) or an Excel workbook and cannot be imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Filen {name} är tom.</source>
      <translation>The file {name} is empty.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Fyll i när klagomålet inkom.</source>
      <translation>Fill in when the complaint was received.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Följs upp av</source>
      <translation>Followed up by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Förbättring</source>
      <translation>Improvement</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Import från {name}</source>
      <translation>Import from {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Importen har 1 fel. Inget har sparats; rätta filen och försök igen.</source>
      <translation>The import has 1 error. Nothing has been saved; correct the file and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Importen har {count} fel. Inget har sparats; rätta filen och försök igen.</source>
      <translation>The import has {count} errors. Nothing has been saved; correct the file and try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Inkom</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Kanal</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Klagomålsregistret</source>
      <translation>The complaint register</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Kolumn</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Kolumn {number}</source>
      <translation>Column {number}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Kontaktperson</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Kontrollerar rad {line}</source>
      <translation>Checking row {line}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Korrigerande åtgärd</source>
      <translation>Corrective action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Kunden nöjd</source>
      <translation>Customer satisfied</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Kundloggen</source>
      <translation>The customer log</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Läser rad {line}</source>
      <translation>Reading row {line}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Mottagandet bekräftat (importerat).</source>
      <translation>Receipt acknowledged (imported).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Mottaget av</source>
      <translation>Received by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Omedelbar åtgärd</source>
      <translation>Immediate action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Rad</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Rad {line}</source>
      <translation>Row {line}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Referens</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Registrerat (importerat).</source>
      <translation>Registered (imported).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Resultat</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Rotorsak</source>
      <translation>Root cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Rotorsakskod</source>
      <translation>Root cause code</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Sekretess</source>
      <translation>Confidentiality</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Skriven av</source>
      <translation>Written by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Sparar</source>
      <translation>Saving</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Sparar rad {line}</source>
      <translation>Saving row {line}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Svar</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Svara senast</source>
      <translation>Answer by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Teckenkodning: {encoding}</source>
      <translation>Character encoding: {encoding}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom bara när klagomålet är anonymt.</source>
      <translation>Empty only when the complaint is anonymous.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: din enhet, annars kundens ansvariga enhet.</source>
      <translation>Empty: your unit, otherwise the customer's responsible unit.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: du själv.</source>
      <translation>Empty: yourself.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: efter datumen (bekräftad, besvarad, avslutad).</source>
      <translation>Empty: from the dates (acknowledged, answered, closed).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: inkomstdagen plus normens arbetsdagar.</source>
      <translation>Empty: the date received plus the standard number of working days.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: klagomål.</source>
      <translation>Empty: complaint.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: kundens ansvariga enhet.</source>
      <translation>Empty: the customer's responsible unit.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: kundmöte.</source>
      <translation>Empty: customer meeting.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: normal.</source>
      <translation>Empty: normal.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: nästa nummer för året.</source>
      <translation>Empty: the next number for the year.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Tom: telefon.</source>
      <translation>Empty: phone.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>UTF-16 BE med BOM</source>
      <translation>UTF-16 BE with BOM</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>UTF-16 LE med BOM (Unicode-text)</source>
      <translation>UTF-16 LE with BOM (Unicode text)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>UTF-8 med BOM</source>
      <translation>UTF-8 with BOM</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Uppföljning klar</source>
      <translation>Follow-up done</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Uppföljningsdatum</source>
      <translation>Follow-up date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Värde</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>Windows-1252 (ANSI)</source>
      <translation>Windows-1252 (ANSI)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>ange ja eller nej</source>
      <translation>enter yes or no</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>anges först när klagomålet är avslutat</source>
      <translation>is only entered once the complaint is closed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>du kan bara importera rader för din egen enhet ({own}); raden gäller {unit}</source>
      <translation>you can only import rows for your own unit ({own}); the row concerns {unit}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>ingen (en kolumn)</source>
      <translation>none (one column)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>inget giltigt datum</source>
      <translation>not a valid date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>inget giltigt datum; skriv t.ex. 2010-03-31 eller 31/3/2010</source>
      <translation>not a valid date; write e.g. 2010-03-31 or 31/3/2010</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>inget ärendenummer i formen K-ÅÅÅÅ-NNNN (t.ex. K-2010-0042); lämna tomt så får klagomålet nästa nummer</source>
      <translation>not a case number in the form K-YYYY-NNNN (e.g. K-2010-0042); leave it empty and the complaint gets the next number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>kan inte vara ett datum i framtiden</source>
      <translation>cannot be a date in the future</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>kan inte vara före {other} ({day})</source>
      <translation>cannot be before {other} ({day})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>kolumn {column}</source>
      <translation>column {column}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>komma</source>
      <translation>comma</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>löpnumret kan inte vara 0</source>
      <translation>the serial number cannot be 0</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>måste fyllas i</source>
      <translation>must be filled in</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>okänd enhet; ange enhetens kod eller namn som under Administration</source>
      <translation>unknown unit; enter the unit's code or name as under Administration</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>okänd kund; ange kundens kod (t.ex. SDF01) eller namn som under Administration</source>
      <translation>unknown customer; enter the customer's code (e.g. SDF01) or name as under Administration</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>okänd process; ange processens kod eller namn som under Administration</source>
      <translation>unknown process; enter the process's code or name as under Administration</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>okänt värde; välj ett av: {labels}</source>
      <translation>unknown value; choose one of: {labels}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>samma ärendenummer som på rad {line}</source>
      <translation>same case number as on row {line}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>semikolon</source>
      <translation>semicolon</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>status {status} kräver ett datum i {field}</source>
      <translation>status {status} requires a date in {field}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>status {status} passar inte med att {field} är ifyllt</source>
      <translation>status {status} does not fit with {field} being filled in</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>tabb</source>
      <translation>tab</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>tvetydigt; kan vara {names}</source>
      <translation>ambiguous; could be {names}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>välj vilken kolumn i filen som är {field}; fältet måste fyllas i</source>
      <translation>choose which column in the file is {field}; the field must be filled in</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>värdet {value}</source>
      <translation>value {value}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>{count} rader</source>
      <translation>{count} rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>{count} rader importerades.</source>
      <translation>{count} rows were imported.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/tabular.py" />
      <source>{delimiter} (från sep=-raden)</source>
      <translation>{delimiter} (from the sep= line)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Ärendenummer</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>Önskad åtgärd</source>
      <translation>Requested action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>ärendenumret finns redan i klagomålsregistret</source>
      <translation>the case number already exists in the complaint register</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>ärendenumrets år ({number_year}) är inte året det inkom ({year})</source>
      <translation>the case number's year ({number_year}) is not the year it was received ({year})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/register_import.py" />
      <source>året måste ligga mellan {low} och {high}</source>
      <translation>the year must be between {low} and {high}</translation>
    </message>
  </context>
  <context>
    <name>indicators</name>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Alla enheter</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/revenue.py" />
      <source>Alla kunder</source>
      <translation>All customers</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Andel elektroniska leverantörsfakturor av alla leverantörsfakturor (elektroniska och manuella). Manuell andel är resten. Inga leverantörsfakturor ger inget värde (–).</source>
      <translation>Share of electronic supplier invoices out of all supplier invoices (electronic and manual). The manual share is the rest. No supplier invoices gives no value (–).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Andel kundfakturor via försystem av alla kundfakturor (försystem, manuella och manuella med bilaga). Manuell andel är resten. Inga kundfakturor ger inget värde (–).</source>
      <translation>Share of customer invoices via feeder system out of all customer invoices (feeder system, manual and manual with attachment). The manual share is the rest. No customer invoices gives no value (–).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/revenue.py" />
      <source>Ange ökningen i procentenheter mellan 0 och 100 (inte {points}).</source>
      <translation>Give the increase in percentage points between 0 and 100 (not {points}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Antal felaktiga underlag som kommit in från kunden under perioden (alla processer).</source>
      <translation>Number of incorrect documents received from the customer during the period (all processes).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Antal hanterade påminnelser för kundens kundfakturor under perioden.</source>
      <translation>Number of reminders handled for the customer's customer invoices during the period.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Inget mål</source>
      <translation>No target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/revenue.py" />
      <source>Kunden finns inte.</source>
      <translation>The customer does not exist.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Kundfakturor (via försystem, manuella och manuella med bilaga) delat med årsarbetarna i kundreskontran, per månad. För tertial och år: summan av fakturorna delat med summan av månadernas årsarbetare. En enhet: de egna kundernas fakturor delat med enhetens egna årsarbetare i processen; saknar enheten årsarbetare i processen räknas kundernas fakturor hos processens ägande enhet. Inga årsarbetare ger inget värde (–).</source>
      <translation>Customer invoices (via feeder system, manual and manual with attachment) divided by the FTEs in accounts receivable, per month. For four-month periods and years: the sum of the invoices divided by the sum of the months' FTEs. A unit: its own customers' invoices divided by the unit's own FTEs in the process; if the unit has no FTEs in the process, its customers' invoices are counted at the unit that owns the process. No FTEs gives no value (–).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Kundfakturor per årsarbetare och månad</source>
      <translation>Customer invoices per FTE and month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Leverantörsfakturor (elektroniska och manuella) delat med årsarbetarna i leverantörsreskontran, per månad. För tertial och år: summan av fakturorna delat med summan av månadernas årsarbetare. En enhet: de egna kundernas fakturor delat med enhetens egna årsarbetare i processen; saknar enheten årsarbetare i processen räknas kundernas fakturor hos processens ägande enhet. Inga årsarbetare ger inget värde (–).</source>
      <translation>Supplier invoices (electronic and manual) divided by the FTEs in accounts payable, per month. For four-month periods and years: the sum of the invoices divided by the sum of the months' FTEs. A unit: its own customers' invoices divided by the unit's own FTEs in the process; if the unit has no FTEs in the process, its customers' invoices are counted at the unit that owns the process. No FTEs gives no value (–).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Leverantörsfakturor per årsarbetare och månad</source>
      <translation>Supplier invoices per FTE and month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Nyckeltalen finns per månad, tertial och år, inte för {period}.</source>
      <translation>The key figures exist per month, four-month period and year, not for {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Nära</source>
      <translation>Near</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Status: grön (Uppnått) när värdet når årets mål, gul (Nära) när det når målet gånger gränsen för gult (raden status_amber_share i årets mål, annars 0,95), röd (Under) under det. Inget värde eller inget mål ger ingen status.</source>
      <translation>Status: green (Achieved) when the value reaches the year's target, amber (Near) when it reaches the target times the amber threshold (the row status_amber_share in the year's targets, otherwise 0.95), red (Below) below that. No value or no target gives no status.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Totalt</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Under</source>
      <translation>Below</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/indicators.py" />
      <source>Uppnått</source>
      <translation>Achieved</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>Ett oväntat fel inträffade: {error}. Felet har loggats.</source>
      <translation>An unexpected error occurred: {error}. The error has been logged.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>Läs in igen</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>month_lock</name>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>Ange en anledning.</source>
      <translation>Give a reason.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>Anledningen får vara högst 500 tecken.</source>
      <translation>The reason may be at most 500 characters.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>Bara en controller eller administratör får låsa och låsa upp månader.</source>
      <translation>Only a controller or administrator may lock and unlock months.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>Låser upp {month}: {reason}</source>
      <translation>Unlocking {month}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>Låser {month}: {reason}</source>
      <translation>Locking {month}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>Månaden {month} är låst: siffrorna har rapporterats till servicenämnden. En controller eller administratör kan låsa upp den.</source>
      <translation>The month {month} is locked: the figures have been reported to the service board. A controller or administrator can unlock it.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>{month} är inte låst.</source>
      <translation>{month} is not locked.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>{month} är redan låst.</source>
      <translation>{month} is already locked.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>{year}-{month} är ingen giltig månad.</source>
      <translation>{year}-{month} is not a valid month.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/month_lock.py" />
      <source>År {year} har låsta månader ({months}); priser och mål för året kan inte ändras förrän månaderna är upplåsta, så att det som redan rapporterats går att räkna fram igen.</source>
      <translation>The year {year} has locked months ({months}); prices and targets for the year cannot be changed until the months are unlocked, so that what has already been reported can be recalculated.</translation>
    </message>
  </context>
  <context>
    <name>open_failure</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Avsluta</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Databasen {where} kunde inte öppnas.</source>
      <translation>The database {where} could not be opened.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Försök igen</source>
      <translation>Try again</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Kan inte öppna databasen</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Välj en annan databas…</source>
      <translation>Choose another database…</translation>
    </message>
  </context>
  <context>
    <name>overview</name>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Användare</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Bemanningsrader (enhet × process × månad)</source>
      <translation>Staffing rows (unit × process × month)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Enheter</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Intervallrader (växelstatistik)</source>
      <translation>Interval rows (switchboard statistics)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Klagomål</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Kunder (förvaltningar)</source>
      <translation>Customers (departments)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Kundloggsposter</source>
      <translation>Customer log entries</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Processer</source>
      <translation>Processes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Samtal</source>
      <translation>Calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Volymrader (kund × process × månad)</source>
      <translation>Volume rows (customer × process × month)</translation>
    </message>
  </context>
  <context>
    <name>phone_charts</name>
    <message>
      <location filename="../../../ekadm_desktop/reports/phone_charts.py" />
      <source>Belastning per timme och veckodag</source>
      <translation>Load by hour and weekday</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/phone_charts.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/phone_charts.py" />
      <source>Erbjudna</source>
      <translation>Offered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/phone_charts.py" />
      <source>Erbjudna och besvarade samtal</source>
      <translation>Offered and answered calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/phone_charts.py" />
      <source>Mål</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/phone_charts.py" />
      <source>Samtal per timme</source>
      <translation>Calls per hour</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/phone_charts.py" />
      <source>Svarsfrekvens</source>
      <translation>Answer rate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/phone_charts.py" />
      <source>Timme</source>
      <translation>Hour</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/phone_charts.py" />
      <source>Timme (mest belastad: {label})</source>
      <translation>Hour (busiest: {label})</translation>
    </message>
  </context>
  <context>
    <name>phone_import</name>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>  Avvisade:         {n}</source>
      <translation>  Rejected:         {n}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>  Dubbletter:       {n}</source>
      <translation>  Duplicates:       {n}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>  Ersatte import:   {ids}</source>
      <translation>  Replaced import:  {ids}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>  Ignorerade:       {n}</source>
      <translation>  Ignored:          {n}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>  Importerade:      {n} {what}</source>
      <translation>  Imported:         {n} {what}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>  Importnummer:     {n}</source>
      <translation>  Import number:    {n}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>  Rader lästa:      {n}</source>
      <translation>  Rows read:        {n}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>  … och {n} avvisade rader till</source>
      <translation>  … and {n} more rejected rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/source.py" />
      <source>Arbetsboken {name} kan inte läsas.</source>
      <translation>The workbook {name} cannot be read.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>Bara den som importerade, en controller eller en administratör får ångra importen.</source>
      <translation>Only the person who imported, a controller or an administrator may undo the import.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>Datumen i filen har både dag/månad och månad/dag: ordningen kan inte avgöras.</source>
      <translation>The dates in the file have both day/month and month/day: the order cannot be determined.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>Det finns ingen importprofil som heter ”{name}”. Profiler: {names}</source>
      <translation>There is no import profile called “{name}”. Profiles: {names}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>En läsare får inte importera telefonstatistik.</source>
      <translation>A reader may not import phone statistics.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/detect.py" />
      <source>Filen {file} har ett okänt format: ingen importprofil passar.
Kolumner: {columns}
Provade profiler: {tried}
Välj en profil med --profile eller gör en egen.</source>
      <translation>The file {file} has an unknown format: no import profile fits.
Columns: {columns}
Profiles tried: {tried}
Choose a profile with --profile or make your own.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>Filen {file} har intervallstatistik utan datum: den kan inte placeras i en period. Ange perioden (ÅÅÅÅ-MM).</source>
      <translation>The file {file} has interval statistics without dates: it cannot be placed in a period. Give the period (YYYY-MM).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/source.py" />
      <source>Filen {name} finns inte.</source>
      <translation>The file {name} does not exist.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/source.py" />
      <source>Filen {name} kan inte läsas som en Excel-arbetsbok (.xlsx).</source>
      <translation>The file {name} cannot be read as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/source.py" />
      <source>Filen {name} kan inte läsas som en tabell (rad {line}): {error}</source>
      <translation>The file {name} cannot be read as a table (line {line}): {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/encoding.py" />
      <source>Filen {name} kan inte läsas: {error}</source>
      <translation>The file {name} cannot be read: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/encoding.py" />
      <source>Filen {name} lästes som Windows-1252 men ser ut att blanda teckenkodningar (trolig kodning: {guess}). Kontrollera å, ä och ö i resultatet.</source>
      <translation>The file {name} was read as Windows-1252 but seems to mix character encodings (likely encoding: {guess}). Check å, ä and ö in the result.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/source.py" />
      <source>Filen {name} är en Excel-fil i det äldre formatet (.xls). Spara den som .xlsx eller CSV.</source>
      <translation>The file {name} is an Excel file in the older format (.xls). Save it as .xlsx or CSV.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/source.py" />
      <source>Filen {name} är ingen textfil (CSV) eller Excel-arbetsbok.</source>
      <translation>The file {name} is not a text file (CSV) or Excel workbook.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/source.py" />
      <source>Filen {name} är tom.</source>
      <translation>The file {name} is empty.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>Import av {file} (profil {profile}, {encoding})</source>
      <translation>Import of {file} (profile {profile}, {encoding})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>Import {id} finns inte (längre).</source>
      <translation>Import {id} does not exist (any more).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>Importerar {file}…</source>
      <translation>Importing {file}…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>Kolumn</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>Orsak</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>Perioden ”{text}” ska skrivas ÅÅÅÅ-MM, till exempel 2010-03.</source>
      <translation>The period “{text}” should be written YYYY-MM, for example 2010-03.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>Profilen {source}: {message}</source>
      <translation>The profile {source}: {message}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>Profilfilen {path} kan inte läsas.</source>
      <translation>The profile file {path} cannot be read.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>Profilnamnet får bara ha bokstäver, siffror, punkt, bindestreck och understreck.</source>
      <translation>The profile name may only contain letters, digits, full stops, hyphens and underscores.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>Rad</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>Raden</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/writer.py" />
      <source>Samma samtal skrevs samtidigt av en annan import. Ingenting importerades; försök igen.</source>
      <translation>The same calls were being written by another import at the same time. Nothing was imported; try again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/rows.py" />
      <source>antal erbjudna samtal saknas</source>
      <translation>number of offered calls missing</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/rows.py" />
      <source>besvarade och övergivna stämmer inte med erbjudna ({offered})</source>
      <translation>answered and abandoned do not add up to offered ({offered})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>date_order måste vara en av {orders}</source>
      <translation>date_order must be one of {orders}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/rows.py" />
      <source>datum saknas</source>
      <translation>date missing</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>en andel</source>
      <translation>a share</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>en andel mellan 0 och 100 %</source>
      <translation>a share between 0 and 100%</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>en profil utan rubrikrad behöver column_names</source>
      <translation>a profile without a header row needs column_names</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>en rimlig tidpunkt (år 1990–2100)</source>
      <translation>a plausible point in time (year 1990–2100)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>en tid (t:mm:ss)</source>
      <translation>a time (h:mm:ss)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>en tidpunkt i sekunder sedan 1970</source>
      <translation>a point in time in seconds since 1970</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>en tidslängd</source>
      <translation>a duration</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>ett antal (heltal, inte negativt)</source>
      <translation>a count (whole number, not negative)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>ett datum</source>
      <translation>a date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>ett giltigt datum</source>
      <translation>a valid date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>ett rimligt datum (år 1990–2100)</source>
      <translation>a plausible date (year 1990–2100)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>ett tal</source>
      <translation>a number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>fältet ”{name}” har en ogiltig kolumn</source>
      <translation>the field “{name}” has an invalid column</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>gruppnummer saknas (ange --group)</source>
      <translation>group number missing (give --group)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>intervallrader</source>
      <translation>interval rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/binding.py" />
      <source>kolumn {number}</source>
      <translation>column {number}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>numret är längre än {n} tecken</source>
      <translation>the number is longer than {n} characters</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>ogiltig TOML ({error})</source>
      <translation>invalid TOML ({error})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>okänd enhet ”{unit}” för {name}</source>
      <translation>unknown unit “{unit}” for {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>okänt fält ”{name}”</source>
      <translation>unknown field “{name}”</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>okänt utfall ”{value}”</source>
      <translation>unknown outcome “{value}”</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/rows.py" />
      <source>okänt utfall ”{value}” (lägg till det i profilens värdetabell)</source>
      <translation>unknown outcome “{value}” (add it to the profile's value table)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>raden har {n} fält, profilen väntar sig {width}</source>
      <translation>the row has {n} fields, the profile expects {width}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>samtal</source>
      <translation>calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/profiles.py" />
      <source>shape måste vara en av {shapes}</source>
      <translation>shape must be one of {shapes}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/rows.py" />
      <source>starttid saknas</source>
      <translation>start time missing</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/rows.py" />
      <source>tidpunkten saknas</source>
      <translation>the point in time is missing</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/rows.py" />
      <source>tidpunkten är inte sekunder sedan 1970</source>
      <translation>the point in time is not seconds since 1970</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/report.py" />
      <source>{file}: samma fil är redan importerad (import {batch}); inget gjordes.</source>
      <translation>{file}: the same file has already been imported (import {batch}); nothing was done.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/service.py" />
      <source>Ångra import av telefonstatistik</source>
      <translation>Undo import of phone statistics</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/rows.py" />
      <source>”{value}” är inget klockslag</source>
      <translation>“{value}” is not a time of day</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_import/values.py" />
      <source>”{value}” är inte {what}</source>
      <translation>“{value}” is not {what}</translation>
    </message>
  </context>
  <context>
    <name>phone_stats</name>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>(Besvarade inom {t} s + avhopp inom {t} s) / erbjudna.</source>
      <translation>(Answered within {t} s + abandoned within {t} s) / offered.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Andel avhopp</source>
      <translation>Abandoned share</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Avhopp</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Avhopp / erbjudna.</source>
      <translation>Abandoned / offered.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Avhopp efter högst {s} s väntetid.</source>
      <translation>Abandoned after at most {s} s of waiting.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Belastning per timme och veckodag</source>
      <translation>Load by hour and weekday</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Belastningen per timme finns per grupp och enhet, inte per anknytning.</source>
      <translation>The load per hour exists per group and unit, not per extension.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Besvarade / (erbjudna − korta avhopp). Korta avhopp (≤ {s} s) räknas inte.</source>
      <translation>Answered / (offered − short abandons). Short abandons (≤ {s} s) are not counted.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Besvarade / erbjudna. Korta avhopp räknas med.</source>
      <translation>Answered / offered. Short abandons are counted.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Besvarade inom {t} s / (erbjudna − avhopp inom {t} s).</source>
      <translation>Answered within {t} s / (offered − abandoned within {t} s).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Besvarade inom {t} s / besvarade (bara hanterade samtal).</source>
      <translation>Answered within {t} s / answered (handled calls only).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Besvarade inom {t} s / erbjudna.</source>
      <translation>Answered within {t} s / offered.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Den längsta väntetiden för ett besvarat samtal eller ett avhopp.</source>
      <translation>The longest waiting time for an answered call or an abandoned call.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Den timme på dagen (två halvtimmar i följd) med flest erbjudna samtal under perioden.</source>
      <translation>The hour of the day (two consecutive half-hours) with the most offered calls during the period.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Erbjudna</source>
      <translation>Offered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Erbjudna samtal per timme på dagen och veckodag under perioden.</source>
      <translation>Offered calls by hour of the day and weekday during the period.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Genomsnittlig väntetid till svar</source>
      <translation>Average wait until answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Gruppnumret {number} finns inte.</source>
      <translation>The group number {number} does not exist.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Korta avhopp</source>
      <translation>Short abandons</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Längsta väntetid</source>
      <translation>Longest wait</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Mest belastade timme</source>
      <translation>Busiest hour</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Samtal där den som ringde lade på medan samtalet väntade i kö (korta avhopp ingår).</source>
      <translation>Calls where the caller hung up while the call was waiting in the queue (short abandons included).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Samtal som besvarades.</source>
      <translation>Calls that were answered.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Samtal till gruppen som besvarades, avbröts av den som ringde eller avslutades av kön (tidsgräns). Ofullständiga samtal räknas inte. Ett samtal hör till perioden då det började.</source>
      <translation>Calls to the group that were answered, abandoned by the caller or ended by the queue (timeout). Incomplete calls are not counted. A call belongs to the period in which it started.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Servicenivå {t} s (av erbjudna)</source>
      <translation>Service level {t} s (of offered)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Servicenivå {t} s (exkl. korta avhopp)</source>
      <translation>Service level {t} s (excl. short abandons)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Servicenivå {t} s (hanterade)</source>
      <translation>Service level {t} s (handled)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Servicenivå {t} s (inkl. avhopp)</source>
      <translation>Service level {t} s (incl. abandoned)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Siffror per anknytning visar en enskild medarbetare: bara administratörer, controller och enhetens chef får se dem.</source>
      <translation>Figures per extension show an individual employee: only administrators, controllers and the unit's manager may see them.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Summan av väntetiden för besvarade samtal / antal besvarade samtal.</source>
      <translation>Total waiting time of answered calls / number of answered calls.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Svarsfrekvens (alla erbjudna)</source>
      <translation>Answer rate (all offered)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Svarsfrekvens (exkl. korta avhopp)</source>
      <translation>Answer rate (excl. short abandons)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/phone_stats.py" />
      <source>Tröskeln {value} s går inte att använda: välj en av {edges} sekunder.</source>
      <translation>The threshold {value} s cannot be used: choose one of {edges} seconds.</translation>
    </message>
  </context>
  <context>
    <name>productivity</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/productivity/tables.py" />
      <source>p.e.</source>
      <translation>pp</translation>
    </message>
  </context>
  <context>
    <name>progress</name>
    <message>
      <location filename="../../../ekadm_desktop/progress.py" />
      <source>Avbrutet av användaren.</source>
      <translation>Cancelled by the user.</translation>
    </message>
  </context>
  <context>
    <name>reconciliation_export</name>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Alla enheter</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Antal</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Antal personer</source>
      <translation>Number of people</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Behov enligt målet (ÅA)</source>
      <translation>Need according to target (FTE)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Belopp</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Bemanning</source>
      <translation>Staffing</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>E-andel förra året (kund)</source>
      <translation>E-share last year (customer)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>E-andel förra året (lev.)</source>
      <translation>E-share last year (suppl.)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>E-andel kundfakturor</source>
      <translation>E-share customer invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>E-andel leverantörsfakturor</source>
      <translation>E-share supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>E-andel per kund</source>
      <translation>E-share by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Fakturor</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Fakturor per ÅA och månad</source>
      <translation>Invoices per FTE and month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Felaktiga underlag</source>
      <translation>Incorrect documents</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Förändring</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Intäkter</source>
      <translation>Revenue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Kundfakturor</source>
      <translation>Customer invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Leverantörsfakturor</source>
      <translation>Supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Manuell andel kundfakturor</source>
      <translation>Manual share customer invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Manuell andel leverantörsfakturor</source>
      <translation>Manual share supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Mål</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Månad</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Månadsavstämning {period}, {scope}</source>
      <translation>Monthly reconciliation {period}, {scope}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Nyckeltal</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Pris</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Påminnelser</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Samma period förra året</source>
      <translation>Same period last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Tertialet</source>
      <translation>Four-month period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Tertialet förra året</source>
      <translation>Four-month period last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Totalt</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Transaktionstyp</source>
      <translation>Transaction type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Volymer</source>
      <translation>Volumes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>År</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Årsarbetare</source>
      <translation>FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/reconciliation_export.py" />
      <source>Årsarbetare (snitt)</source>
      <translation>FTE (average)</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>Alla enheter</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Alla samtal till enhetens gruppnummer, inte bara kundens: växeln vet inte vem som ringer.</source>
      <translation>All calls to the unit's group number, not only the customer's: the phone system does not know who is calling.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Andel</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Andel av fakturorna</source>
      <translation>Share of the invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Andel avhopp</source>
      <translation>Abandoned share</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Andel {period}</source>
      <translation>Share {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Anställda</source>
      <translation>Employees</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Antal</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Antal fakturor</source>
      <translation>Number of invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Antal klagomål</source>
      <translation>Number of complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Antal samtal</source>
      <translation>Number of calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Att följa upp senast {day}</source>
      <translation>To follow up by {day}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Avhopp</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Avhoppsfrekvens</source>
      <translation>Abandon rate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Avslutade</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>Avsnittet {section} är valt två gånger.</source>
      <translation>The section {section} is chosen twice.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Behov</source>
      <translation>Need</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Behov = fakturor delat med årets mål för fakturor per årsarbetare och månad ({targets}). Skillnad = faktiska minus behov: positiv betyder fler årsarbetare än volymerna kräver.</source>
      <translation>Need = invoices divided by the year's target for invoices per FTE and month ({targets}). Difference = actual minus need: positive means more FTEs than the volumes require.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Behov, årsarbetare</source>
      <translation>Need, FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Bemanning mot behov</source>
      <translation>Staffing vs need</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Bemanning mot behov per process</source>
      <translation>Staffing vs need by process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Bemanning mot behov, {month}</source>
      <translation>Staffing vs need, {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Bemanningen som registrerats för enheten och månaden.</source>
      <translation>The staffing registered for the unit and the month.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Bemanningen som registrerats för månaden, alla enheter summerade.</source>
      <translation>The staffing registered for the month, all units added together.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Besvarade inom svarstiden</source>
      <translation>Answered within the response time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Besvarade {period}</source>
      <translation>Answered {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Bilaga till servicenämnden</source>
      <translation>Appendix for the service board</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Bilagan till servicenämnden görs för en månad (2010-03).</source>
      <translation>The appendix for the service board is made for a month (2010-03).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Controllerns månadsbilaga: volymer och årsarbetare per process, fakturor per årsarbetare mot mål, elektronisk andel, påminnelser och felaktiga underlag per kund, intäkter och bemanning mot behov, jämfört med samma månad förra året.</source>
      <translation>The controller's monthly appendix: volumes and FTEs by process, invoices per FTE against target, electronic share, reminders and incorrect documents by customer, revenue and staffing vs need, compared with the same month last year.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Dag i månaden. Lördagar och söndagar utan samtal visas inte.</source>
      <translation>Day of the month. Saturdays and Sundays without calls are not shown.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Dagar</source>
      <translation>Days</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Dagordning</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>De första {count} anteckningarna visas.</source>
      <translation>The first {count} notes are shown.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>De {count} kunderna med flest påminnelser, {month}</source>
      <translation>The {count} customers with the most reminders, {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Definitioner</source>
      <translation>Definitions</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Egna fel</source>
      <translation>Own errors</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Elektronisk andel</source>
      <translation>Electronic share</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Elektronisk andel per månad, {period}</source>
      <translation>Electronic share by month, {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Elektronisk andel, påminnelser och felaktiga underlag</source>
      <translation>Electronic share, reminders and incorrect documents</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Elektronisk andel, {period}</source>
      <translation>Electronic share, {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Elektronisk och manuell andel per kund</source>
      <translation>Electronic and manual share by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Elektroniska</source>
      <translation>Electronic</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Elektroniska leverantörsfakturor</source>
      <translation>Electronic supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Elektroniska leverantörsfakturor per kund</source>
      <translation>Electronic supplier invoices by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>En period utan samtal har ingen svarsfrekvens eller servicenivå (visas som –), aldrig 0 % eller 100 %. Samtal per anknytning visas inte i rapporten.</source>
      <translation>A period without calls has no answer rate or service level (shown as –), never 0% or 100%. Calls per extension are not shown in the report.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Enhet</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Enheten {unit} som ansvarar för kunden svarar inte på något gruppnummer.</source>
      <translation>The unit {unit} responsible for the customer does not answer any group number.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Enhetsmöte</source>
      <translation>Unit meeting</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Enhetsmöte onsdag {day}, {scope}</source>
      <translation>Unit meeting Wednesday {day}, {scope}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Enhetsmötet görs för en vecka (2010-W12).</source>
      <translation>The unit meeting is made for a week (2010-W12).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Erbjudna</source>
      <translation>Offered</translation>
    </message>
    <message>
      <source>Erbjudna och besvarade samtal</source>
      <translation type="vanished">Offered and answered calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Erbjudna och besvarade samtal per dag</source>
      <translation>Offered and answered calls per day</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Erbjudna samtal</source>
      <translation>Offered calls</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Erbjudna samtal per enhet, {period} jämfört med {previous}</source>
      <translation>Offered calls by unit, {period} compared with {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Erbjudna samtal per timme och veckodag</source>
      <translation>Offered calls by hour and weekday</translation>
    </message>
    <message>
      <source>Erbjudna {period}</source>
      <translation type="vanished">Offered {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Faktiska</source>
      <translation>Actual</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Faktiska årsarbetare</source>
      <translation>Actual FTEs</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Fakturor</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Fakturor och elektronisk andel</source>
      <translation>Invoices and electronic share</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Fakturor per process</source>
      <translation>Invoices by process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Fakturor per process, {period} jämfört med {previous}</source>
      <translation>Invoices by process, {period} compared with {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Fakturor per årsarbetare</source>
      <translation>Invoices per FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Fakturor per årsarbetare mot mål</source>
      <translation>Invoices per FTE against target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Fakturor per årsarbetare och månad</source>
      <translation>Invoices per FTE and month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Fakturor: summan under tertialen.</source>
      <translation>Invoices: the sum over the four-month period.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Felaktiga underlag</source>
      <translation>Incorrect documents</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Felaktiga underlag {period}</source>
      <translation>Incorrect documents {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Felorsak</source>
      <translation>Error cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/output.py" />
      <source>Filen {name} kan inte skrivas över. Den är troligen öppen i ett annat program (Excel, PowerPoint, en PDF-läsare) eller skrivskyddad; stäng den eller välj ett annat namn.</source>
      <translation>The file {name} cannot be overwritten. It is probably open in another program (Excel, PowerPoint, a PDF reader) or read-only; close it or choose another name.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/output.py" />
      <source>Filen {name} kunde inte sparas: mappen {folder} går inte att skriva i ({error}).</source>
      <translation>The file {name} could not be saved: the folder {folder} cannot be written to ({error}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/output.py" />
      <source>Filen {name} kunde inte sparas: {error}</source>
      <translation>The file {name} could not be saved: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Följs upp av</source>
      <translation>Followed up by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Föregående protokoll</source>
      <translation>Previous minutes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Försenade</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/presets.py" />
      <source>Förvalet {name} finns inte.</source>
      <translation>The preset {name} does not exist.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Förändring</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Förändring mot förra året</source>
      <translation>Change vs last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Förändring, %-enheter</source>
      <translation>Change, percentage points</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/presets.py" />
      <source>Ge förvalet ett namn.</source>
      <translation>Give the preset a name.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Genomsnittlig väntetid</source>
      <translation>Average wait</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Genomsnittlig väntetid till svar</source>
      <translation>Average wait until answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Genomsnittlig väntetid till svar (minuter:sekunder)</source>
      <translation>Average wait until answered (minutes:seconds)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Genomsnittlig väntetid till svar per enhet, {period} jämfört med {previous}</source>
      <translation>Average wait until answered by unit, {period} compared with {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Handläggningstider</source>
      <translation>Handling times</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Inga anteckningar i kundloggen under {week}.</source>
      <translation>No notes in the customer log during {week}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Inga anteckningar i kundloggen.</source>
      <translation>No notes in the customer log.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Inga fakturor för kunden under {period}.</source>
      <translation>No invoices for the customer during {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Inga intäkter från kunden under {period}.</source>
      <translation>No revenue from the customer during {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Inga intäkter under {period}.</source>
      <translation>No revenue during {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Inga klagomål från kunden under {period} och inga öppna.</source>
      <translation>No complaints from the customer during {period} and none open.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Inga klagomål har kommit in sedan förra mötet ({day}).</source>
      <translation>No complaints have come in since the last meeting ({day}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Inga klagomål under {month}.</source>
      <translation>No complaints during {month}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Inga klagomål under {period} eller samma tertial förra året.</source>
      <translation>No complaints during {period} or the same four-month period last year.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Inga klagomål under {period}.</source>
      <translation>No complaints during {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Inga obesvarade klagomål med svarsfrist före nästa möte.</source>
      <translation>No unanswered complaints with a response deadline before the next meeting.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Inga påminnelser eller felaktiga underlag under {period}.</source>
      <translation>No reminders or incorrect documents during {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Inga samtal till {unit} under {period}.</source>
      <translation>No calls to {unit} during {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Inga samtal under {month} ({scope}).</source>
      <translation>No calls during {month} ({scope}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Inga samtal under {period} eller samma tertial förra året.</source>
      <translation>No calls during {period} or the same four-month period last year.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Inga uppföljningar att ta upp denna vecka.</source>
      <translation>No follow-ups to bring up this week.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/render_pdf.py" />
      <source>Inga uppgifter för perioden.</source>
      <translation>No data for the period.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Inga volymer eller årsarbetare under {period} eller samma tertial förra året.</source>
      <translation>No volumes or FTEs during {period} or the same four-month period last year.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Inga volymer eller årsarbetare är registrerade för {period}.</source>
      <translation>No volumes or FTEs are registered for {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Inga volymer för kunden under {period}.</source>
      <translation>No volumes for the customer during {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Inga volymer är registrerade för {month} eller {previous} ännu.</source>
      <translation>No volumes are registered for {month} or {previous} yet.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Inget mål</source>
      <translation>No target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Inget värde</source>
      <translation>No value</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Inkom</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Inkomna klagomål</source>
      <translation>Complaints received</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Inkomna under {period}</source>
      <translation>Received during {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Inkomna {first} – {last}</source>
      <translation>Received {first} – {last}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Inkomna {period}</source>
      <translation>Received {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/render_pdf.py" />
      <source>Innehåll</source>
      <translation>Contents</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Intäkter</source>
      <translation>Revenue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Intäkter per kund</source>
      <translation>Revenue by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Intäkter per process</source>
      <translation>Revenue by process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Intäkter {month}</source>
      <translation>Revenue {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Intäkter, tkr</source>
      <translation>Revenue, kSEK</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Klagomål</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål med eget fel som orsak</source>
      <translation>Complaints caused by our own errors</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Klagomål nära svarsfristen</source>
      <translation>Complaints close to the response deadline</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål per enhet</source>
      <translation>Complaints by unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål per enhet, {period} jämfört med {previous}</source>
      <translation>Complaints by unit, {period} compared with {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål per felorsak</source>
      <translation>Complaints by error cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål per kategori</source>
      <translation>Complaints by category</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål per kund</source>
      <translation>Complaints by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål per månad {year} jämfört med {previous}</source>
      <translation>Complaints by month, {year} compared with {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål per månad {year} och {previous}</source>
      <translation>Complaints by month, {year} and {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål per process</source>
      <translation>Complaints by process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomål räknas på det datum de kom in.</source>
      <translation>Complaints are counted on the date they came in.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Klagomål sedan förra mötet</source>
      <translation>Complaints since the last meeting</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Klagomålssammanställning</source>
      <translation>Complaint summary</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Klagomålssammanställning {month}</source>
      <translation>Complaint summary {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Kolumnen 09 är samtal som började 09:00–09:59. Mest belastade timme: {hour}.</source>
      <translation>Column 09 is calls that started 09:00–09:59. Busiest hour: {hour}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Korta avhopp (högst {s} s)</source>
      <translation>Short abandons (at most {s} s)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Kunder utan påminnelser och felaktiga underlag båda åren visas inte.</source>
      <translation>Customers without reminders and incorrect documents in both years are not shown.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Kundfakturor</source>
      <translation>Customer invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Kundfakturor via försystem</source>
      <translation>Customer invoices via feeder system</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Kundfakturor via försystem per kund</source>
      <translation>Customer invoices via feeder system by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Kundloggen förra veckan</source>
      <translation>The customer log last week</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Kundloggen har inget kundmöte före {period}: anteckningarna under perioden {first} – {end} visas.</source>
      <translation>The customer log has no customer meeting before {period}: the notes in the period {first} – {end} are shown.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Kundloggen sedan förra mötet</source>
      <translation>The customer log since the last meeting</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Kundloggen {first} – {last}</source>
      <translation>The customer log {first} – {last}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Kundloggen {week}</source>
      <translation>The customer log {week}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Kundmöte</source>
      <translation>Customer meeting</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Kundmötet görs för en kund: välj kunden.</source>
      <translation>The customer meeting is made for a customer: choose the customer.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Kundmötet görs för en månad, ett tertial eller ett år.</source>
      <translation>The customer meeting is made for a month, a four-month period or a year.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Kundreskontra</source>
      <translation>Accounts receivable</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Ledtid, medelvärde</source>
      <translation>Lead time, mean</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Ledtid, median</source>
      <translation>Lead time, median</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Leverantörsfakturor</source>
      <translation>Supplier invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Leverantörsreskontra</source>
      <translation>Accounts payable</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Längsta väntetid</source>
      <translation>Longest wait</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Längsta väntetid {period}</source>
      <translation>Longest wait {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Manuella</source>
      <translation>Manual</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/output.py" />
      <source>Mappen {folder} finns inte; välj en annan mapp för {name}.</source>
      <translation>The folder {folder} does not exist; choose another folder for {name}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Mest belastade timme</source>
      <translation>Busiest hour</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Minuter:sekunder</source>
      <translation>Minutes:seconds</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Mål</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Mål {year}</source>
      <translation>Target {year}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Mål {year}: svarsfrekvens {rate}, servicenivå {level}. Status: Uppnått = minst målet, Nära = inom 5 % av målet, Under = lägre.</source>
      <translation>Target {year}: answer rate {rate}, service level {level}. Status: Achieved = at least the target, Near = within 5% of the target, Below = lower.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/render_pdf.py" />
      <source>Mål: {target}</source>
      <translation>Target: {target}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Månad</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Månaden hittills mot målen</source>
      <translation>The month so far against the targets</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Månaden mot målen</source>
      <translation>The month against the targets</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Månadens (eller tertialens) klagomål per enhet, process, felorsak och kund, med handläggningstider och jämförelse med förra året.</source>
      <translation>The month's (or four-month period's) complaints by unit, process, error cause and customer, with handling times and comparison with last year.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Månadens klagomålssammanställning</source>
      <translation>The month's complaint summary</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Månadens svarsfrekvens, avhopp, väntetider och servicenivå per enhet och totalt, mot målen och jämfört med förra månaden och förra året, med trend, samtal per dag och belastning per timme.</source>
      <translation>The month's answer rate, abandoned calls, waiting times and service level by unit and in total, against the targets and compared with last month and last year, with trend, calls per day and load per hour.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Mått</source>
      <translation>Measure</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Mötets öppnande och val av protokollförare</source>
      <translation>Opening of the meeting and choice of minute-taker</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Nyckeltal</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Nyckeltal mot tidigare perioder</source>
      <translation>Key figures against earlier periods</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Nyckeltal {month}</source>
      <translation>Key figures {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Nyckeltal, {scope}</source>
      <translation>Key figures, {scope}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Nära</source>
      <translation>Near</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Närvarande</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Nästa möte</source>
      <translation>Next meeting</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Obesvarade klagomål med svarsfrist till och med {day}</source>
      <translation>Unanswered complaints with a response deadline up to and including {day}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/generate.py" />
      <source>Okänt format {format}: välj pdf, xlsx eller pptx.</source>
      <translation>Unknown format {format}: choose pdf, xlsx or pptx.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Per felorsak</source>
      <translation>By error cause</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Per kategori</source>
      <translation>By category</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Per kund</source>
      <translation>By customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Per månad och jämfört med förra året</source>
      <translation>By month and compared with last year</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Per process</source>
      <translation>By process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Per årsarbetare</source>
      <translation>Per FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Pris saknas för: {types}.</source>
      <translation>Price missing for: {types}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Produktivitet</source>
      <translation>Productivity</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Protokoll</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Protokoll, enhetsmöte {week}</source>
      <translation>Minutes, unit meeting {week}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Protokollförare</source>
      <translation>Minute-taker</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Påminnelser</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Påminnelser och felaktiga underlag per kund</source>
      <translation>Reminders and incorrect documents by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Påminnelser {period}</source>
      <translation>Reminders {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/render_xlsx.py" />
      <source>Rapport</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/__init__.py" />
      <source>Rapporten {name} finns inte. Rapporterna är: {known}.</source>
      <translation>The report {name} does not exist. The reports are: {known}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>Rapporten {report} har inget avsnitt {section}.</source>
      <translation>The report {report} has no section {section}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/presets.py" />
      <source>Rapportinställningarna i {path} kunde inte läsas: {error}</source>
      <translation>The report settings in {path} could not be read: {error}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Redan försenade</source>
      <translation>Already overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Rubrik</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Sammanfattning</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Sammanställningen tas upp på månadens första enhetsmöte.</source>
      <translation>The summary is brought up at the month's first unit meeting.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Samtal per dag</source>
      <translation>Calls per day</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Samtal per timme och veckodag</source>
      <translation>Calls by hour and weekday</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Samtal till {unit}</source>
      <translation>Calls to {unit}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Sedan förra kundmötet {day} (”{subject}”), den senaste anteckningen av typen kundmöte före {period}, till och med {end}.</source>
      <translation>Since the last customer meeting {day} (“{subject}”), the latest note of the type customer meeting before {period}, up to and including {end}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Servicenivå</source>
      <translation>Service level</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/render_pdf.py" />
      <source>Sida {page} av {total}</source>
      <translation>Page {page} of {total}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Ska besvaras senast {day}</source>
      <translation>To be answered by {day}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/render_pdf.py" />
      <source>Skapad {when} i EkAdm Desktop</source>
      <translation>Created {when} in EkAdm Desktop</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Skillnad</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Skillnad {period}</source>
      <translation>Difference {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Skriven av</source>
      <translation>Written by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Svara senast</source>
      <translation>Answer by</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Svarsfrekvens</source>
      <translation>Answer rate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Svarsfrekvens och servicenivå</source>
      <translation>Answer rate and service level</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Svarsfrekvens per enhet, {period} jämfört med {previous}</source>
      <translation>Answer rate by unit, {period} compared with {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Svarsfrekvens per månad</source>
      <translation>Answer rate by month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Svarsfrekvens, avhopp och servicenivå</source>
      <translation>Answer rate, abandoned calls and service level</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Svarsfrekvensen räknas som {rate} och servicenivån som {level}; korta avhopp är avhopp efter högst {short} s väntetid.</source>
      <translation>The answer rate is calculated as {rate} and the service level as {level}; short abandons are abandoned calls after at most {short} s of waiting.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Svarsfristen är 10 arbetsdagar från att klagomålet kom in.</source>
      <translation>The response deadline is 10 working days from when the complaint came in.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Svarsfrister</source>
      <translation>Response deadlines</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Svarstid</source>
      <translation>Response time</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Svarstid, medelvärde</source>
      <translation>Response time, mean</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Svarstid, median</source>
      <translation>Response time, median</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Svarstid: dagar från inkommet till besvarat. Ledtid: dagar från inkommet till avslutat. Andelen inom svarstiden räknas på de besvarade som hade en svarsfrist (10 arbetsdagar).</source>
      <translation>Response time: days from received to answered. Lead time: days from received to closed. The share within the response time is calculated on the answered ones that had a response deadline (10 working days).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Telefonin hos ansvarig enhet</source>
      <translation>Telephony at the responsible unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Telefonstatistik</source>
      <translation>Phone statistics</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Telefonstatistik förra månaden</source>
      <translation>Phone statistics last month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Telefonstatistik per månad</source>
      <translation>Phone statistics by month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Telefonstatistik {month}</source>
      <translation>Phone statistics {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Telefonstatistiken tas upp på månadens första enhetsmöte.</source>
      <translation>The phone statistics are brought up at the month's first unit meeting.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Tertialens klagomål per enhet, process och felorsak, telefonstatistik, produktivitet och volymer, per enhet och för hela verksamheten, jämfört med samma tertial förra året.</source>
      <translation>The four-month period's complaints by unit, process and error cause, phone statistics, productivity and volumes, by unit and for the whole organisation, compared with the same four-month period last year.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Tertialsammanställning</source>
      <translation>Four-month summary</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Timmar</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Totalt</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Transaktionstyp</source>
      <translation>Transaction type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Trend för svarsfrekvensen</source>
      <translation>Answer rate trend</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Tusen kronor</source>
      <translation>SEK thousands</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Typ</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Under</source>
      <translation>Below</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Underlaget till mötet med en förvaltning: kundloggen sedan förra mötet, klagomål, volymer, elektronisk andel, intäkter och telefonin hos den ansvariga enheten.</source>
      <translation>Material for the meeting with a department: the customer log since the last meeting, complaints, volumes, electronic share, revenue and telephony at the responsible unit.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Underlaget till veckans enhetsmöte: dagordning, uppföljningar, klagomål, kundloggen, månadens klagomålssammanställning och en sida för protokollet.</source>
      <translation>Material for the week's unit meeting: agenda, follow-ups, complaints, the customer log, the month's complaint summary and a page for the minutes.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Underlagets status</source>
      <translation>Status of the figures</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Uppföljning</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Uppföljningar</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Uppföljningar som förfaller eller är försenade</source>
      <translation>Follow-ups that fall due or are overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Uppföljningar som förfaller och försenade</source>
      <translation>Follow-ups due and overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Uppnått</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Via försystem</source>
      <translation>Via feeder system</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Vilka anteckningar</source>
      <translation>Which notes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Vilken månad</source>
      <translation>Which month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Volymer</source>
      <translation>Volumes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Volymer gånger årets prislista och timmar gånger timpriset.</source>
      <translation>Volumes times the year's price list and hours times the hourly price.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Volymer och årsarbetare per process</source>
      <translation>Volumes and FTEs by process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Volymer per process</source>
      <translation>Volumes by process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Volymer: {process}</source>
      <translation>Volumes: {process}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Volymerna för {month} är inte registrerade ännu; här visas {shown}.</source>
      <translation>The volumes for {month} are not registered yet; {shown} is shown here.</translation>
    </message>
    <message>
      <source>Väntetid till svar {period}</source>
      <translation type="vanished">Wait until answered {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>Väntetider (minuter:sekunder)</source>
      <translation>Waiting times (minutes:seconds)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>diagram</source>
      <translation>chart</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>månad</source>
      <translation>month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>nyckeltal</source>
      <translation>key figures</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>protokollsida</source>
      <translation>minutes page</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>tabell, {rows} rader</source>
      <translation>table, {rows} rows</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>tertial</source>
      <translation>four-month period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/reports/wizard.py" />
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>varav elektroniska</source>
      <translation>of which electronic</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>varav via försystem</source>
      <translation>of which via feeder system</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>vecka</source>
      <translation>week</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>{first} – {last}</source>
      <translation>{first} – {last}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>{label}, {period} jämfört med {previous}</source>
      <translation>{label}, {period} compared with {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>{ledger}, mål {target}</source>
      <translation>{ledger}, target {target}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>{ledger}: elektronisk och manuell andel per kund</source>
      <translation>{ledger}: electronic and manual share by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>{level}: {definition}</source>
      <translation>{level}: {definition}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>{month} är inte låst – preliminära siffror som kan ändras.</source>
      <translation>{month} is not locked – preliminary figures that may change.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>{month} är låst {day} av {user}: siffrorna är de som rapporterades till servicenämnden.</source>
      <translation>{month} was locked {day} by {user}: the figures are those reported to the service board.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/output.py" />
      <source>{name} är en mapp, inte en fil.</source>
      <translation>{name} is a folder, not a file.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>{period}: {count}</source>
      <translation>{period}: {count}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>{period}: {value}</source>
      <translation>{period}: {value}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>{previous}: {previous_value} ·
{last_year}: {last_year_value}</source>
      <translation>{previous}: {previous_value} ·
{last_year}: {last_year_value}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>{rate}. Mål {year}: {target}. – betyder att månaden inte hade några samtal.</source>
      <translation>{rate}. Target {year}: {target}. – means that the month had no calls.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>{rate}: {definition}</source>
      <translation>{rate}: {definition}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/phone_monthly.py" />
      <source>{rate}: {definition} En månad utan samtal har ingen punkt.</source>
      <translation>{rate}: {definition} A month without calls has no point.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>{report} görs för en enhet: välj enheten.</source>
      <translation>{report} is made for a unit: choose the unit.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>{report} görs för en kund: välj kunden.</source>
      <translation>{report} is made for a customer: choose the customer.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>{report} görs för {allowed}, inte för {period}.</source>
      <translation>{report} is made for {allowed}, not for {period}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>{scope}, {month}</source>
      <translation>{scope}, {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>{share} {period}</source>
      <translation>{share} {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>{status} · {period}: {value}</source>
      <translation>{status} · {period}: {value}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/render_pptx.py" />
      <source>{title} ({page} av {total})</source>
      <translation>{title} ({page} of {total})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>{title}, {period} (tkr)</source>
      <translation>{title}, {period} (kSEK)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>{title}, {period} jämfört med {previous}</source>
      <translation>{title}, {period} compared with {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>{unit}, {period}</source>
      <translation>{unit}, {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Ärende</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Ärenden</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Årsarbetare</source>
      <translation>FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Årsarbetare per process</source>
      <translation>FTEs by process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Årsarbetare per process, {month} och {previous}</source>
      <translation>FTEs by process, {month} and {previous}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/board_appendix.py" />
      <source>Årsarbetare {period}</source>
      <translation>FTEs {period}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/tertial_summary.py" />
      <source>Årsarbetare: genomsnitt per månad med uppgifter.</source>
      <translation>FTEs: average per month with data.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Öppna i dag</source>
      <translation>Open today</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Öppna klagomål</source>
      <translation>Open complaints</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/customer_pack.py" />
      <source>Öppna och försenade</source>
      <translation>Open and overdue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Öppna uppföljningar i kundloggen med datum till och med veckans söndag.</source>
      <translation>Open follow-ups in the customer log dated up to and including the week's Sunday.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Översikt per enhet</source>
      <translation>Overview by unit</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/complaint_compilation.py" />
      <source>Övriga ({count})</source>
      <translation>Others ({count})</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/weekly_pack.py" />
      <source>Övriga frågor</source>
      <translation>Any other business</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/definitions/base.py" />
      <source>år</source>
      <translation>year</translation>
    </message>
  </context>
  <context>
    <name>retention</name>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>Bara en administratör får gallra personuppgifter.</source>
      <translation>Only an administrator may purge personal data.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>Lagringstiden måste vara minst en månad (angiven: {months}).</source>
      <translation>The retention period must be at least one month (given: {months}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>beskrivning</source>
      <translation>description</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>händelselogg</source>
      <translation>event log</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>kontaktperson</source>
      <translation>contact person</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>korrigerande åtgärd</source>
      <translation>corrective action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>omedelbar åtgärd</source>
      <translation>immediate action</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>rotorsak (text)</source>
      <translation>root cause (text)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>svar</source>
      <translation>answer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/retention.py" />
      <source>önskad åtgärd</source>
      <translation>requested action</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Administratör</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Controller</source>
      <translation>Controller</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Enhetschef</source>
      <translation>Unit manager</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Läsare</source>
      <translation>Reader</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../../ekadm_desktop/settings.py" />
      <source>Inställningsfilen {path} kan inte läsas ({error}); standardinställningarna används.</source>
      <translation>The settings file {path} cannot be read ({error}); using the default settings.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/settings.py" />
      <source>Inställningsfilen {path} är felaktig ({error}); standardinställningarna används.</source>
      <translation>The settings file {path} is invalid ({error}); using the default settings.</translation>
    </message>
  </context>
  <context>
    <name>users</name>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Ange ett inloggningsnamn.</source>
      <translation>Enter a login name.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Användaren {login} är inaktiverad i den här databasen.</source>
      <translation>The user {login} is deactivated in this database.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Bara en administratör får ändra detta.</source>
      <translation>Only an administrator may change this.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Det finns redan en användare med inloggningen {login}.</source>
      <translation>Another user already has the login {login}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Du kan inte inaktivera dig själv.</source>
      <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Du kan inte ta bort din egen administratörsroll.</source>
      <translation>You cannot remove your own administrator role.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>En enhetschef måste höra till en enhet.</source>
      <translation>A unit manager must belong to a unit.</translation>
    </message>
  </context>
  <context>
    <name>view</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Andel avhopp</source>
      <translation>Abandoned share</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Avhopp</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Besvarade</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Erbjudna</source>
      <translation>Offered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Genomsnittlig väntetid till svar</source>
      <translation>Average wait until answered</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Korta avhopp</source>
      <translation>Short abandons</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Längsta väntetid</source>
      <translation>Longest wait</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Mest belastade timme</source>
      <translation>Busiest hour</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Nära</source>
      <translation>Near</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Servicenivå ({t} s)</source>
      <translation>Service level ({t} s)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Svarsfrekvens</source>
      <translation>Answer rate</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Under</source>
      <translation>Below</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/telephony/view.py" />
      <source>Uppnått</source>
      <translation>Achieved</translation>
    </message>
  </context>
  <context>
    <name>volume_charts</name>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Antal fakturor</source>
      <translation>Number of invoices</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Behov enligt målet</source>
      <translation>Need according to target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Bemanning mot behov</source>
      <translation>Staffing vs need</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>E-andel alla fakturor per kund</source>
      <translation>E-share all invoices by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>E-andel kundfakturor per kund</source>
      <translation>E-share customer invoices by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>E-andel leverantörsfakturor per kund</source>
      <translation>E-share supplier invoices by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Efter</source>
      <translation>After</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Fakturor per årsarbetare</source>
      <translation>Invoices per FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Fakturor per årsarbetare och månad</source>
      <translation>Invoices per FTE and month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Före</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Inga fakturor under perioden</source>
      <translation>No invoices during the period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Inga intäkter under perioden</source>
      <translation>No revenue during the period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Inga volymer under perioden</source>
      <translation>No volumes during the period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Inga årsarbetare eller fakturor under perioden</source>
      <translation>No FTEs or invoices during the period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Ingen bemanning eller volym under perioden</source>
      <translation>No staffing or volume during the period</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Intäkter</source>
      <translation>Revenue</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Intäkter per kund</source>
      <translation>Revenue by customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Mål</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Om e-andelen höjs {points} procentenheter</source>
      <translation>If the e-share is raised {points} percentage points</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Timmar</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Totalt {share}</source>
      <translation>Total {share}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Transaktioner</source>
      <translation>Transactions</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Volymer per process</source>
      <translation>Volumes by process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>{process}, årsarbetare</source>
      <translation>{process}, FTEs</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Årsarbetare</source>
      <translation>FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Årsarbetare som behövs</source>
      <translation>FTEs needed</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/reports/volume_charts.py" />
      <source>Övriga ({count} kunder)</source>
      <translation>Others ({count} customers)</translation>
    </message>
  </context>
  <context>
    <name>volume_import</name>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Antal</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Behövs bara för typer utan egen process (felaktigt underlag).</source>
      <translation>Only needed for types without a process of their own (incorrect document).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Det finns redan importerade volymer för {months}. Vill du ersätta dem med filens siffror?</source>
      <translation>There are already imported volumes for {months}. Do you want to replace them with the file's figures?</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Du har bara läsbehörighet och kan inte importera volymer.</source>
      <translation>You only have read access and cannot import volumes.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Filen har inga rader att importera.</source>
      <translation>The file has no rows to import.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Ge profilen ett namn.</source>
      <translation>Give the profile a name.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Importprofil borttagen</source>
      <translation>Import profile deleted</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Importprofil {name}</source>
      <translation>Import profile {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Kod eller namn, t.ex. cl_feeder eller ”Kundfaktura via försystem”.</source>
      <translation>Code or name, e.g. cl_feeder or “Kundfaktura via försystem”.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Kontrollerar rad {line}</source>
      <translation>Checking row {line}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Kund</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Månad</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Okända fält: {fields}.</source>
      <translation>Unknown fields: {fields}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Profilnamnet får vara högst 100 tecken.</source>
      <translation>The profile name may be at most 100 characters.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Sparar rad {line}</source>
      <translation>Saving row {line}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Transaktionstyp</source>
      <translation>Transaction type</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Volymer</source>
      <translation>Volumes</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Volymimport från {name}</source>
      <translation>Volume import from {name}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>Välj ett år mellan {a} och {b}.</source>
      <translation>Choose a year between {a} and {b}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>bara ett månadsnummer; välj år eller skriv ÅÅÅÅ-MM</source>
      <translation>only a month number; choose a year or write YYYY-MM</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>du kan bara importera volymer för din egen enhets kunder</source>
      <translation>you can only import volumes for your own unit's customers</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>ingen giltig månad; skriv t.ex. 2010-03</source>
      <translation>not a valid month; write e.g. 2010-03</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>månaden ligger inte i det valda året {year}</source>
      <translation>the month is not in the chosen year {year}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>månaden ligger inte i filens år {year}</source>
      <translation>the month is not in the file's year {year}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>måste fyllas i</source>
      <translation>must be filled in</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>okänd transaktionstyp; ange typens kod (t.ex. cl_feeder) eller namn som under Administration</source>
      <translation>unknown transaction type; give the type's code (e.g. cl_feeder) or name as under Administration</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>samma kund, typ och månad finns redan på rad {line}</source>
      <translation>the same customer, type and month already exists on row {line}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>timmar registreras under Tilläggstjänster (timmar), inte i volymimporten</source>
      <translation>hours are registered under Additional services (hours), not in the volume import</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>typen {type} har ingen egen process; ange processen i en processkolumn</source>
      <translation>the type {type} has no process of its own; give the process in a process column</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>typen {type} hör till processen {process}</source>
      <translation>the type {type} belongs to the process {process}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>välj vilken kolumn i filen som är ”{field}”</source>
      <translation>choose which column in the file is “{field}”</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>{count} rader importerades ({months}).</source>
      <translation>{count} rows were imported ({months}).</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>{month} är låst och kan inte importeras</source>
      <translation>{month} is locked and cannot be imported</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_import.py" />
      <source>ÅÅÅÅ-MM, ett datum, eller månadsnummer 1–12 med valt år.</source>
      <translation>YYYY-MM, a date, or month number 1–12 with the chosen year.</translation>
    </message>
  </context>
  <context>
    <name>volumes</name>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Antal personer i {unit}</source>
      <translation>Number of people in {unit}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Anteckning</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Bemanning för {month}</source>
      <translation>Staffing for {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Du har bara läsbehörighet och kan inte ändra siffrorna.</source>
      <translation>You only have read access and cannot change the figures.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>En ändrad cell finns inte längre i tabellen.</source>
      <translation>A changed cell no longer exists in the table.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Månadsavstämning {month}</source>
      <translation>Monthly reconciliation {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Någon annan sparade samma celler samtidigt. Läs in månaden igen och gör om ändringen.</source>
      <translation>Someone else saved the same cells at the same time. Reload the month and make the change again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Summa antal</source>
      <translation>Total count</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Summa personer</source>
      <translation>Total people</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Summa timmar</source>
      <translation>Total hours</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Summa ÅA</source>
      <translation>Total FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Tilläggstjänsten finns inte längre.</source>
      <translation>The additional service no longer exists.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Timmar</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Timmar för tilläggstjänster {month}</source>
      <translation>Hours for additional services {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Volymer för {month}</source>
      <translation>Volumes for {month}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_grid.py" />
      <source>ange ett heltal</source>
      <translation>enter a whole number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>ange timmar för att kunna spara en anteckning</source>
      <translation>enter hours to be able to save a note</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_grid.py" />
      <source>anteckningen får vara högst {max} tecken</source>
      <translation>the note may be at most {max} characters</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_grid.py" />
      <source>för stort tal</source>
      <translation>number too large</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_grid.py" />
      <source>högst två decimaler</source>
      <translation>at most two decimals</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_grid.py" />
      <source>inget tal</source>
      <translation>not a number</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_grid.py" />
      <source>negativt värde; ange 0 eller mer</source>
      <translation>negative value; enter 0 or more</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>{first} (och {count} fel till; inget har sparats)</source>
      <translation>{first} (and {count} more errors; nothing has been saved)</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>{row}, kolumn {column} har ändrats av någon annan sedan du läste in månaden (nu {now}). Läs in månaden igen och gör om ändringen.</source>
      <translation>{row}, column {column} has been changed by someone else since you loaded the month (now {now}). Reload the month and make the change again.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>{row}, kolumn {column}: du får bara ändra din egen enhets siffror.</source>
      <translation>{row}, column {column}: you may only change your own unit's figures.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>{row}, kolumn {column}: {locked}</source>
      <translation>{row}, column {column}: {locked}</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_grid.py" />
      <source>{row}, kolumn {column}: {reason}.</source>
      <translation>{row}, column {column}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>{unit}
personer</source>
      <translation>{unit}
people</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>{unit}
ÅA</source>
      <translation>{unit}
FTE</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_grid.py" />
      <source>{value} är inget tal; skriv t.ex. 1250 eller 2,5</source>
      <translation>{value} is not a number; write e.g. 1250 or 2.5</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>{year}-{month} är ingen giltig månad.</source>
      <translation>{year}-{month} is not a valid month.</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/volume_entry.py" />
      <source>Årsarbetare (heltidsekvivalenter) i {unit}</source>
      <translation>Full-time equivalents (FTE) in {unit}</translation>
    </message>
  </context>
</TS>
