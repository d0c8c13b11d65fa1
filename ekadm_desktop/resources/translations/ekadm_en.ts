<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/about_dialog.py" line="37" />
      <source>Kundlogg, klagomålsregister, volymer och bemanning, telefonstatistik och rapporter för ekonomiadministrationens enheter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/about_dialog.py" line="32" />
      <source>Om EkAdm Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/about_dialog.py" line="45" />
      <source>Stäng</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="70" />
      <source>&amp;Arkiv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="77" />
      <source>&amp;Avsluta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="82" />
      <source>&amp;Gå till</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="90" />
      <source>&amp;Hjälp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="71" />
      <source>&amp;Inställningar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="91" />
      <source>&amp;Om EkAdm Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="105" />
      <source>Användare: {name} – {role}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="99" />
      <source>Databas: {where} ({kind})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="39" />
      <source>EkAdm Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="149" />
      <source>Kan inte visa {area}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="45" />
      <source>Områden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="97" />
      <source>PostgreSQL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/main_window.py" line="97" />
      <source>SQLite</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="86" />
      <source>&amp;Användare:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="85" />
      <source>&amp;Databas:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="69" />
      <source>&amp;Fil:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="87" />
      <source>&amp;Lösenord:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="83" />
      <source>&amp;Server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="94" />
      <source>&amp;Språk (gäller efter omstart):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="96" />
      <source>&amp;Testa anslutningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="112" />
      <source>&lt;b&gt;Databas&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="107" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="62" />
      <source>Bläddra…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="61" />
      <source>Databasfil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="53" />
      <source>Databasfil (SQLite) – på den här datorn eller en nätverksenhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="55" />
      <source>Databasserver (PostgreSQL)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="140" />
      <source>EkAdm-databas (*.sqlite *.db);;Alla filer (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="44" />
      <source>Inställningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="84" />
      <source>P&amp;ort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="106" />
      <source>Testa och spara</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="190" />
      <source>Testar anslutningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="174" />
      <source>Testar anslutningen till {where}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="138" />
      <source>Välj eller skapa en databasfil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/settings_dialog.py" line="80" />
      <source>sparas i operativsystemets nyckelring</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" line="16" />
      <source>&lt;h2&gt;Välkommen till EkAdm Desktop&lt;/h2&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" line="22" />
      <source>Antal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" line="53" />
      <source>Databas: {where} ({kind}), schemaversion {revision}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" line="22" />
      <source>Från</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" line="22" />
      <source>Innehåll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" line="48" />
      <source>Kunde inte läsa databasen: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" line="17" />
      <source>Läser in databasens innehåll…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" line="40" />
      <source>Läser in översikten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/start_view.py" line="22" />
      <source>Till</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/tasks.py" line="123" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../../ekadm_desktop/app.py" line="110" />
      <source>Demodatabasen kunde inte skapas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" line="259" />
      <source>Inställningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/app.py" line="114" />
      <source>Skapar demodatabasen (första gången)…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" line="53" />
      <source>Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/areas.py" line="47" />
      <source>Start</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="212" />
      <source>Användare: {login}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="168" />
      <source>Databas: {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="210" />
      <source>Databas: {where} ({kind})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="153" />
      <source>Databasen är tom (inget schema).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="196" />
      <source>Demodatabasen {path} skapad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="176" />
      <source>FEL: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="178" />
      <source>Inga fel hittades.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="156" />
      <source>Schemaversion {revision}, programmet har {head}: kör `ekadm db upgrade`.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="211" />
      <source>Schemaversion: {revision}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="170" />
      <source>Schemaversion: {revision} (programmet: {head})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="76" />
      <source>Säkerhetskopia före uppgraderingen: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="245" />
      <source>ekadm: avbrutet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="239" />
      <source>ekadm: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="116" />
      <source>pg_dump finns inte på den här datorn; installera PostgreSQL-klienten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="141" />
      <source>pg_dump misslyckades: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="90" />
      <source>{where}: schemaversion {revision} är redan aktuell.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="96" />
      <source>{where}: uppgraderad från {old} till {new}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" line="142" />
      <source> Originalet är oförändrat; en kopia finns i {backup}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" line="172" />
      <source>Anslutningen fungerar. Databasen har aktuell schemaversion ({revision}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" line="175" />
      <source>Anslutningen fungerar. Databasen har schemaversion {revision} och uppgraderas till {head} när den öppnas (efter en säkerhetskopia).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" line="170" />
      <source>Anslutningen fungerar. Databasen är tom och förbereds när den öppnas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="100" />
      <source>Databasen finns inte på servern {where}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/cli.py" line="111" />
      <source>Databasen {where} finns inte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" line="125" />
      <source>Databasen {where} har schemaversion {revision}, som är nyare än den här versionen av programmet ({head}). Uppdatera EkAdm Desktop för att öppna den.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="75" />
      <source>Databasen {where} kan inte öppnas. Finns mappen och har du behörighet?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="50" />
      <source>Databasen {where} är låst av ett annat program eller en annan användare. Försök igen om en stund.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" line="118" />
      <source>Databasen {where} är skadad ({problem}). Återställ en säkerhetskopia.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="70" />
      <source>Databasen {where} är skadad. Återställ en säkerhetskopia.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="59" />
      <source>Databasen {where} är skrivskyddad. Kontrollera behörigheten till filen och mappen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" line="39" />
      <source>Du har inte behörighet att läsa {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="117" />
      <source>Fel från databasservern {where}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="81" />
      <source>Fel i databasen {where}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" line="43" />
      <source>Filen {path} är ingen EkAdm-databas (den är inte en SQLite-databas).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="66" />
      <source>Filen {where} är ingen databas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" line="30" />
      <source>Mappen {folder} finns inte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" line="91" />
      <source>Mappen {folder} är skrivskyddad; databasen behöver kunna skriva där.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/database.py" line="68" />
      <source>Posten har ändrats eller tagits bort av någon annan sedan du öppnade den. Läs in den igen och gör om ändringen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" line="105" />
      <source>Rad {rowid} i {table} pekar på en rad i {parent} som saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="95" />
      <source>Servern {where} godtog inte användarnamnet eller lösenordet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/errors.py" line="113" />
      <source>Servern {where} svarar inte. Kontrollera adressen och nätverket.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" line="147" />
      <source>Uppgraderingen av databasen {where} misslyckades: {error}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/sqlite.py" line="27" />
      <source>{path} är en mapp, inte en databasfil.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/db/open.py" line="119" />
      <source>{where} innehåller tabeller men är ingen EkAdm-databas. Välj en annan databas.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/messages.py" line="21" />
      <source>Ett oväntat fel inträffade: {error}. Felet har loggats.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>open_failure</name>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" line="37" />
      <source>Avsluta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" line="25" />
      <source>Databasen {where} kunde inte öppnas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" line="35" />
      <source>Försök igen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" line="23" />
      <source>Kan inte öppna databasen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/ui/open_failure.py" line="31" />
      <source>Välj en annan databas…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>overview</name>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="69" />
      <source>Användare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="73" />
      <source>Bemanningsrader (enhet × process × månad)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="66" />
      <source>Enheter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="77" />
      <source>Intervallrader (växelstatistik)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="71" />
      <source>Klagomål</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="68" />
      <source>Kunder (förvaltningar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="70" />
      <source>Kundloggsposter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="67" />
      <source>Processer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="74" />
      <source>Samtal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/overview.py" line="72" />
      <source>Volymrader (kund × process × månad)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>progress</name>
    <message>
      <location filename="../../../ekadm_desktop/progress.py" line="18" />
      <source>Avbrutet av användaren.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="16" />
      <source>Administratör</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="17" />
      <source>Controller</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="18" />
      <source>Enhetschef</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="19" />
      <source>Läsare</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../../ekadm_desktop/settings.py" line="139" />
      <source>Inställningsfilen {path} kan inte läsas ({error}); standardinställningarna används.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/settings.py" line="133" />
      <source>Inställningsfilen {path} är felaktig ({error}); standardinställningarna används.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>users</name>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="111" />
      <source>Ange ett inloggningsnamn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="121" />
      <source>Användaren finns inte längre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="69" />
      <source>Användaren {login} är inaktiverad i den här databasen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="47" />
      <source>Bara en administratör får ändra detta.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="135" />
      <source>Du kan inte ta bort din egen administratörsroll.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../ekadm_desktop/services/users.py" line="113" />
      <source>En enhetschef måste höra till en enhet.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
