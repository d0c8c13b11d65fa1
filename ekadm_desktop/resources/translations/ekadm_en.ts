<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/about_dialog.py" />
      <source>Kundlogg, klagomålsregister, volymer och bemanning, telefonstatistik och rapporter för ekonomiadministrationens enheter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/about_dialog.py" />
      <source>Om EkAdm Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/about_dialog.py" />
      <source>Stäng</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AdminView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Endast läsning: bara en administratör kan ändra uppgifterna här.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckList</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Alla</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Inga</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>{label} (inaktiv)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Inget datum</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EntityPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Kan inte läsa in {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Kan inte ta bort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Läser in {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Ny {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Nytt {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Ta bort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Ta bort {what} {title}? Det går inte att ångra.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>{what} kan inte tas bort. Avmarkera ”Aktiv” i stället.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/admin/view.py" />
      <source>Ändra {what} – {title}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/filter_bar.py" />
      <source>Filtrera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/filter_bar.py" />
      <source>Filtrera…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/filter_bar.py" />
      <source>Visa bara rader som innehåller alla orden du skriver</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Ny…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Ta bort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>{action} ({key})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>{shown} av {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Ändra…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Arkiv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Avsluta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Gå till</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Hjälp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Inställningar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>&amp;Om EkAdm Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>Användare: {name} – {role}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>Databas: {where} ({kind})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>EkAdm Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>Kan inte visa {area}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>Områden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>PostgreSQL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" />
      <source>SQLite</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordFormDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>(inget valt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Kan inte spara</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Spara</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Välj…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>t.ex. 4 300</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>t.ex. 4 300,50</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>{label} (inaktiv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>{label}:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Användare:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Databas:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Fil:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Lösenord:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Språk (gäller efter omstart):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&amp;Testa anslutningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>&lt;b&gt;Databas&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Bläddra…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Databasfil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Databasfil (SQLite) – på den här datorn eller en nätverksenhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Databasserver (PostgreSQL)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>EkAdm-databas (*.sqlite *.db);;Alla filer (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Inställningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>P&amp;ort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Testa och spara</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Testar anslutningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Testar anslutningen till {where}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>Välj eller skapa en databasfil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" />
      <source>sparas i operativsystemets nyckelring</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>&lt;h2&gt;Välkommen till EkAdm Desktop&lt;/h2&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Antal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Databas: {where} ({kind}), schemaversion {revision}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Från</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Innehåll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Kunde inte läsa databasen: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Läser in databasens innehåll…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Läser in översikten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" />
      <source>Till</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/tasks.py" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>admin</name>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Aktiv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Andel nöjda kunder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Andelar anges som decimaltal: 0,9 är 90 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Ansvarig enhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Anteckning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Användare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Avmarkera {active} i stället.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Den enhet en enhetschef leder; används inte för andra roller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Det finns redan en {what} med samma {fields} ({values}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Det finns redan en {what} med {field} {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Det finns redan ett {what} med samma {fields} ({values}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Det finns redan ett {what} med {field} {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Du kan inte inaktivera dig själv.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>E-post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Elektronisk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Elektronisk eller manuell, för andelen elektroniskt hanterade. Tomt om det inte är tillämpligt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Enhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Enheter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Enhetschef</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Enhetschefens inloggning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Fackförvaltning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Fyll i {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Gruppnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Gäller från</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Gäller till</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Hantering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Indikator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Indikatormål</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Ingående tjänster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Inloggning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kod</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kontaktperson</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kunder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kundfakturor per handläggare och månad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Kärnprocess</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Leverantörsfakturor per handläggare och månad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Lägre tal visas först i listor och rapporter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Manuell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Målvärde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Namn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Nej</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Något som valts i {field} finns inte längre. Läs in igen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Posten används av andra uppgifter och kan inte tas bort.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Posten kunde inte sparas: en kod eller ett namn finns redan, eller något den hänvisar till har tagits bort. Läs in igen och försök på nytt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Pris (kr)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Prisenhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Priser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Processer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Programmet känner igen posten på koden, så den kan inte ändras i efterhand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Roll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Rubrik</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Räknas med i fakturor per handläggare.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Räknas som faktura</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Serviceavtal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Sortering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Stadsdelsförvaltning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Tilläggstjänst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Tilläggsöverenskommelser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Timme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Tjänst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Transaktion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Transaktionstyp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Transaktionstyper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Typ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Undertecknat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Välj bland alternativen i {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Välj ett av alternativen i {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>Välj {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>anknytning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>anknytningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>användare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>bemanningsrad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>bemanningsrader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>enhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>enheter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>indikatormål</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>klagomål</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>kund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>kunder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>kundloggspost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>kundloggsposter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>pris</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>priser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>processer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>serviceavtal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>telefongrupp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>telefongrupper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>tilläggsöverenskommelse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>tilläggsöverenskommelser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>timrad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>timrader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>transaktionstyp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>transaktionstyper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>volymrad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>volymrader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{count} {noun}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} får ha högst {count} decimaler.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} får vara högst {count} tecken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} får vara högst {high}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} kan inte ändras i efterhand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} måste vara ett datum (ÅÅÅÅ-MM-DD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} måste vara ett heltal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} måste vara ett tal, t.ex. 4 300,50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} måste vara ja eller nej.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} måste vara mellan {low} och {high}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} måste vara minst {low}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{field} ser inte ut som en e-postadress.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>{items} och {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>{last} får inte vara före {first}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{what} kan inte tas bort. Avmarkera {active} i stället.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{what} {title} kan inte tas bort eftersom den används av {uses}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin.py" />
      <source>{what} {title} kan inte tas bort eftersom det används av {uses}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>År</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/admin_entities.py" />
      <source>Övrig tjänst</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Demodatabasen kunde inte skapas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Inställningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Läser in…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Skapar demodatabasen (första gången)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Öppnar databasen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Öppnar databasen {where}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" />
      <source>Öppnar databasen…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" />
      <source>Start</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Användare: {login}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Databas: {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Databas: {where} ({kind})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Databasen är tom (inget schema).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Demodatabasen {path} skapad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>FEL: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Inga fel hittades.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Schemaversion {revision}, programmet har {head}: kör `ekadm db upgrade`.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Schemaversion: {revision}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Schemaversion: {revision} (programmet: {head})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Säkerhetskopia före uppgraderingen: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>ekadm: avbrutet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>ekadm: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>pg_dump finns inte på den här datorn; installera PostgreSQL-klienten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>pg_dump misslyckades: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>{where}: schemaversion {revision} är redan aktuell.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>{where}: uppgraderad från {old} till {new}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source> Originalet är oförändrat; en kopia finns i {backup}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Anslutningen fungerar. Databasen har aktuell schemaversion ({revision}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Anslutningen fungerar. Databasen har schemaversion {revision} och uppgraderas till {head} när den öppnas (efter en säkerhetskopia).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Anslutningen fungerar. Databasen är tom och förbereds när den öppnas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen finns inte på servern {where}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Databasen {where} finns inte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Databasen {where} har schemaversion {revision}, som är nyare än den här versionen av programmet ({head}). Uppdatera EkAdm Desktop för att öppna den.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen {where} kan inte öppnas. Finns mappen och har du behörighet?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen {where} är låst av ett annat program eller en annan användare. Försök igen om en stund.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Databasen {where} är skadad ({problem}). Återställ en säkerhetskopia.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen {where} är skadad. Återställ en säkerhetskopia.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Databasen {where} är skrivskyddad. Kontrollera behörigheten till filen och mappen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Du har inte behörighet att läsa {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Fel från databasservern {where}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Fel i databasen {where}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Filen {path} är ingen EkAdm-databas (den är inte en SQLite-databas).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Filen {where} är ingen databas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Mappen {folder} finns inte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Mappen {folder} är skrivskyddad; databasen behöver kunna skriva där.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/editing.py" />
      <source>Posten finns inte längre; någon annan har tagit bort den.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/database.py" />
      <source>Posten har ändrats eller tagits bort av någon annan sedan du öppnade den. Läs in den igen och gör om ändringen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>Rad {rowid} i {table} pekar på en rad i {parent} som saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Servern {where} godtog inte användarnamnet eller lösenordet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" />
      <source>Servern {where} svarar inte. Kontrollera adressen och nätverket.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>Uppgraderingen av databasen {where} misslyckades: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" />
      <source>{path} är en mapp, inte en databasfil.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" />
      <source>{where} innehåller tabeller men är ingen EkAdm-databas. Välj en annan databas.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Databasen {where} innehåller redan volymer, klagomål, kundlogg eller telefonstatistik. Demodata läggs bara in i en databas utan egna uppgifter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Demodata klara.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Filen {path} finns redan. Välj ett nytt filnamn för demodatabasen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar användare och serviceavtal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar bemanning och timmar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar klagomål och kundlogg…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar telefonsamtal ({calls} hittills)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar telefonsamtal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/demo/populate.py" />
      <source>Skapar volymer…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/messages.py" />
      <source>Ett oväntat fel inträffade: {error}. Felet har loggats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>Ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>Läs in igen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>Nej</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/messages.py" />
      <source>OK</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>open_failure</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Avsluta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Databasen {where} kunde inte öppnas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Försök igen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Kan inte öppna databasen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" />
      <source>Välj en annan databas…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>overview</name>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Användare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Bemanningsrader (enhet × process × månad)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Enheter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Intervallrader (växelstatistik)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Klagomål</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Kunder (förvaltningar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Kundloggsposter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Processer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Samtal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" />
      <source>Volymrader (kund × process × månad)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>progress</name>
    <message>
      <location filename="../../../ekadm_desktop/progress.py" />
      <source>Avbrutet av användaren.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Administratör</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Controller</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Enhetschef</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Läsare</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../../ekadm_desktop/settings.py" />
      <source>Inställningsfilen {path} kan inte läsas ({error}); standardinställningarna används.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/settings.py" />
      <source>Inställningsfilen {path} är felaktig ({error}); standardinställningarna används.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>users</name>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Ange ett inloggningsnamn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Användaren finns inte längre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Användaren {login} är inaktiverad i den här databasen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Bara en administratör får ändra detta.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>Du kan inte ta bort din egen administratörsroll.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" />
      <source>En enhetschef måste höra till en enhet.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
