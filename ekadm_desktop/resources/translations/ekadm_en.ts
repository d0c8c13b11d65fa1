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
    <name>admin</name>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Aktiv</source>
      <translation>Active</translation>
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
      <source>Start</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Uppföljning</source>
      <translation>Follow-ups</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
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
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Avslutad</source>
      <translation>Closed</translation>
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
      <source>Uppgifter och avtal</source>
      <translation>Details and agreements</translation>
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
    <name>progress</name>
    <message>
      <location filename="../../../ekadm_desktop/progress.py" />
      <source>Avbrutet av användaren.</source>
      <translation>Cancelled by the user.</translation>
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
</TS>
