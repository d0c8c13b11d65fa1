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
    <name>DateField</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/record_form.py" />
      <source>Inget datum</source>
      <translation>No date</translation>
    </message>
  </context>
  <context>
    <name>EntityPage</name>
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
    <name>ListPage</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Ny…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/common/list_page.py" />
      <source>Ta bort</source>
      <translation>Delete</translation>
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
      <source>Start</source>
      <translation>Home</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" />
      <source>Användare: {login}</source>
      <translation>User: {login}</translation>
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
      <source>Inga fel hittades.</source>
      <translation>No errors found.</translation>
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
      <location filename="../../../ekadm_desktop/services/editing.py" />
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
