"""Swedish texts for demo complaints and log entries: templates filled with a few details."""

from __future__ import annotations

from dataclasses import dataclass

from ekadm_desktop.models.complaints import Category, ComplaintType, ErrorCause


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    """Eva Lena Johan Mikael Sara Peter Annika Fredrik Helena Jonas Camilla Ulla Mats Åsa Björn Ingrid
    Oskar Linnea Ahmed Fatima Nils Gunilla Hanna Tomas Leila Marcus"""
)
LAST_NAMES = _words(
    """Andersson Johansson Karlsson Eriksson Larsson Olsson Persson Gustafsson Pettersson Jonsson Hansson
    Bengtsson Lindberg Lindström Axelsson Sandberg Holm Hussein Ali Wikström Forsberg Söderberg"""
)
TITLES = (
    "ekonomichef",
    "controller",
    "ekonom",
    "ekonomiassistent",
    "administrativ chef",
    "enhetschef",
    "förskolechef",
    "rektor",
)
SUPPLIERS = (
    "Kontorsgiganten AB",
    "Nordisk Städservice AB",
    "Telia Sverige AB",
    "Stockholms Hamnbygg AB",
    "Skolmatsleverantören i Mälardalen AB",
    "Bussbolaget Väst AB",
    "Lärarförlaget AB",
    "Mediq Sverige AB",
    "Elkraft Öst AB",
    "Trädgårdstjänst Söder AB",
)


@dataclass(frozen=True)
class ComplaintText:
    """One kind of complaint: where it belongs, what happened, and how it usually ends."""

    process: str | None  # process code; None = the service as a whole
    category: Category
    description: str
    requested: str
    likely_cause: ErrorCause
    root_cause: str  # code in ROOT_CAUSES
    types: tuple[ComplaintType, ...] = (ComplaintType.COMPLAINT, ComplaintType.FEEDBACK)
    secret: bool = False


ROOT_CAUSES = {
    "RUTIN": "Rutinen följdes inte",
    "KUNSKAP": "Bristande kunskap om rutinen hos handläggaren",
    "BEMANNING": "Hög arbetsbelastning och vakanser i gruppen",
    "SYSTEM": "Fel eller störning i Agresso",
    "UNDERLAG": "Ofullständigt eller felaktigt underlag från förvaltningen",
    "KOMMUNIKATION": "Brister i information till kunden",
    "LEVERANTOR": "Fel hos leverantören eller annan tredje part",
    "BEMOTANDE": "Bemötande i kontakt med kund",
    "SEKRETESS": "Sekretessmarkering hanterades inte enligt rutin",
}

COMPLAINTS = (
    ComplaintText(
        "supplier_ledger",
        Category.LEAD_TIME,
        "Leverantören {supplier} har skickat påminnelse på faktura {invoice}. Fakturan var attesterad i tid "
        "men betalades inte förrän efter förfallodagen.",
        "Utred varför fakturan inte betalades i tid och se till att påminnelseavgiften inte belastar "
        "förvaltningen.",
        ErrorCause.OWN,
        "RUTIN",
    ),
    ComplaintText(
        "supplier_ledger",
        Category.HANDLING_ERROR,
        "Faktura {invoice} från {supplier} har konterats på fel ansvar och belastar fel verksamhet i "
        "månadsbokslutet.",
        "Rätta konteringen och meddela när det är gjort.",
        ErrorCause.OWN,
        "KUNSKAP",
    ),
    ComplaintText(
        "supplier_ledger",
        Category.HANDLING_ERROR,
        "Faktura {invoice} från {supplier} har betalats två gånger, {amount} kr vid varje tillfälle.",
        "Kräv tillbaka dubbelbetalningen och förklara hur det kunde hända.",
        ErrorCause.OWN,
        "RUTIN",
    ),
    ComplaintText(
        "supplier_ledger",
        Category.LEAD_TIME,
        "Inkassokrav har kommit från {supplier} på en faktura som förvaltningen aldrig har sett i "
        "attestflödet.",
        "Stoppa inkassot, betala fakturan och ta reda på var den fastnat.",
        ErrorCause.UNCLEAR,
        "RUTIN",
    ),
    ComplaintText(
        "supplier_ledger",
        Category.SYSTEM,
        "Elektroniska fakturor från {supplier} har inte kommit in i Agresso sedan början av {month}.",
        "Se till att fakturorna läses in och meddela när flödet fungerar igen.",
        ErrorCause.SYSTEM,
        "SYSTEM",
    ),
    ComplaintText(
        "supplier_ledger",
        Category.INFORMATION,
        "Förvaltningen fick inget besked om att pappersfakturor nu ska skickas till den nya skanningsadressen; "
        "flera leverantörer skickar fortfarande till den gamla.",
        "Skicka ut informationen igen och hjälp oss att meddela leverantörerna.",
        ErrorCause.OWN,
        "KOMMUNIKATION",
    ),
    ComplaintText(
        "customer_ledger",
        Category.HANDLING_ERROR,
        "Kundfakturorna för {month} skickades ut med fel förfallodatum.",
        "Skicka rättelse till de berörda kunderna och kreditera påminnelseavgifter.",
        ErrorCause.OWN,
        "RUTIN",
    ),
    ComplaintText(
        "customer_ledger",
        Category.LEAD_TIME,
        "Manuella kundfakturor som lämnades in för två veckor sedan har ännu inte skickats ut.",
        "Skicka fakturorna snarast och ge besked om handläggningstiden framöver.",
        ErrorCause.OWN,
        "BEMANNING",
    ),
    ComplaintText(
        "customer_ledger",
        Category.HANDLING_ERROR,
        "Påminnelse har skickats till en kund som redan betalat faktura {invoice}.",
        "Kontakta kunden, be om ursäkt och makulera påminnelsen.",
        ErrorCause.OWN,
        "RUTIN",
    ),
    ComplaintText(
        "customer_ledger",
        Category.HANDLING_ERROR,
        "Kundfaktura {invoice} gick ut utan den bilaga som förvaltningen lämnade in.",
        "Skicka fakturan igen med bilagan.",
        ErrorCause.CUSTOMER,
        "UNDERLAG",
    ),
    ComplaintText(
        "cash_bank",
        Category.HANDLING_ERROR,
        "En inbetalning på {amount} kr har bokförts på fel förvaltning.",
        "Flytta inbetalningen till rätt förvaltning och stäm av kundreskontran.",
        ErrorCause.OWN,
        "RUTIN",
    ),
    ComplaintText(
        "cash_bank",
        Category.LEAD_TIME,
        "Oidentifierade inbetalningar har legat kvar på avräkningskontot i över en månad.",
        "Utred inbetalningarna och fördela dem på rätt kund före månadsbokslutet.",
        ErrorCause.OWN,
        "BEMANNING",
    ),
    ComplaintText(
        "system_admin",
        Category.SYSTEM,
        "Attestanter på förvaltningen kommer inte åt sina fakturor i Agresso efter behörighetsändringen.",
        "Återställ behörigheterna och meddela när det fungerar.",
        ErrorCause.OWN,
        "RUTIN",
    ),
    ComplaintText(
        "system_admin",
        Category.SYSTEM,
        "Rapporten i LIS visar inte rätt utfall för {month}; personalkostnaderna saknas.",
        "Kontrollera rapporten och ladda om utfallet.",
        ErrorCause.SYSTEM,
        "SYSTEM",
    ),
    ComplaintText(
        "accounting",
        Category.LEAD_TIME,
        "Bokslutsunderlaget för {month} levererades två dagar efter den överenskomna tidpunkten.",
        "Leverera enligt tidplanen och ge besked i god tid om något blir försenat.",
        ErrorCause.OWN,
        "BEMANNING",
    ),
    ComplaintText(
        "fixed_assets",
        Category.HANDLING_ERROR,
        "Avskrivningarna på inventarier har beräknats med fem års avskrivningstid i stället för tre.",
        "Rätta avskrivningarna och redovisa effekten på resultatet.",
        ErrorCause.OWN,
        "KUNSKAP",
    ),
    ComplaintText(
        "time_project",
        Category.HANDLING_ERROR,
        "Projektkostnader har bokats på fel projektnummer ({reference}).",
        "Omför kostnaderna till rätt projekt.",
        ErrorCause.CUSTOMER,
        "UNDERLAG",
    ),
    ComplaintText(
        None,
        Category.ACCESSIBILITY,
        "Det har varit svårt att komma fram på grupptelefonen; vi har väntat länge i kö flera förmiddagar "
        "i rad.",
        "Se över bemanningen av telefonen under förmiddagarna.",
        ErrorCause.OWN,
        "BEMANNING",
    ),
    ComplaintText(
        None,
        Category.ACCESSIBILITY,
        "Frågor till den gemensamma e-postlådan har inte besvarats på över en vecka.",
        "Svara på de obesvarade frågorna och ge besked om svarstiderna.",
        ErrorCause.OWN,
        "BEMANNING",
    ),
    ComplaintText(
        None,
        Category.TREATMENT,
        "Handläggaren upplevdes som otrevlig och avbrytande i ett samtal om en felaktig faktura.",
        "Vi vill bli bemötta på ett professionellt sätt.",
        ErrorCause.OWN,
        "BEMOTANDE",
    ),
    ComplaintText(
        "supplier_ledger",
        Category.HANDLING_ERROR,
        "En faktura med uppgifter om en enskild brukare inom personlig assistans skickades för attest till "
        "fel förvaltning.",
        "Utred hur uppgifterna spreds och se till att det inte händer igen.",
        ErrorCause.OWN,
        "SEKRETESS",
        secret=True,
    ),
    ComplaintText(
        "customer_ledger",
        Category.HANDLING_ERROR,
        "En kundfaktura till en person med skyddade personuppgifter skickades till folkbokföringsadressen "
        "i stället för till den särskilda postadressen.",
        "Utred händelsen skyndsamt och bekräfta att rutinen för skyddade uppgifter följs.",
        ErrorCause.OWN,
        "SEKRETESS",
        secret=True,
    ),
    ComplaintText(
        "cash_bank",
        Category.HANDLING_ERROR,
        "Ett utbetalningsunderlag med personuppgifter om en anställd lämnades ut till fel mottagare.",
        "Ta tillbaka underlaget och informera den berörda.",
        ErrorCause.OWN,
        "SEKRETESS",
        secret=True,
    ),
    ComplaintText(
        None,
        Category.TREATMENT,
        "Stort tack för snabb hjälp med omföringarna inför bokslutet – mycket bra bemötande.",
        "",
        ErrorCause.UNCLEAR,
        "",
        types=(ComplaintType.PRAISE,),
    ),
    ComplaintText(
        "supplier_ledger",
        Category.OTHER,
        "Beröm till leverantörsreskontran som snabbt löste en brådskande betalning till {supplier}.",
        "",
        ErrorCause.UNCLEAR,
        "",
        types=(ComplaintType.PRAISE,),
    ),
    ComplaintText(
        "customer_ledger",
        Category.INFORMATION,
        "Förvaltningen undrar hur lång handläggningstiden är för manuella kundfakturor med bilagor.",
        "Svar via e-post.",
        ErrorCause.UNCLEAR,
        "",
        types=(ComplaintType.QUESTION,),
    ),
    ComplaintText(
        "system_admin",
        Category.INFORMATION,
        "Fråga om när nya attestanter kan gå utbildningen i Agresso självservice.",
        "Skicka datum för nästa utbildningstillfälle.",
        ErrorCause.UNCLEAR,
        "",
        types=(ComplaintType.QUESTION,),
    ),
    ComplaintText(
        "supplier_ledger",
        Category.LEAD_TIME,
        "Förslag: skicka en påminnelse till attestanterna när en faktura legat mer än fem dagar i flödet.",
        "Pröva förslaget i processgruppen.",
        ErrorCause.UNCLEAR,
        "",
        types=(ComplaintType.SUGGESTION,),
    ),
    ComplaintText(
        None,
        Category.ACCESSIBILITY,
        "Förslag: inför en telefontid för ekonomer på förvaltningarna under bokslutsveckorna.",
        "Ta upp förslaget på nästa kundmöte.",
        ErrorCause.UNCLEAR,
        "",
        types=(ComplaintType.SUGGESTION,),
    ),
)

IMMEDIATE_ACTIONS = {
    "RUTIN": "Felet rättades samma dag och kunden informerades.",
    "KUNSKAP": "Felet rättades; handläggaren har fått genomgång av rutinen.",
    "BEMANNING": "Ärendena prioriterades och betades av med hjälp från en annan grupp.",
    "SYSTEM": "Felanmälan till Agresso-förvaltningen; manuell hantering tills felet är rättat.",
    "UNDERLAG": "Kompletterande underlag begärdes in och ärendet slutfördes.",
    "KOMMUNIKATION": "Informationen skickades ut på nytt till förvaltningens kontaktpersoner.",
    "LEVERANTOR": "Leverantören kontaktades och skickade en rättad faktura.",
    "BEMOTANDE": "Enhetschefen ringde upp kunden och bad om ursäkt.",
    "SEKRETESS": "Handlingen återkallades och den berörda informerades; incidenten anmäldes internt.",
}
CORRECTIVE_ACTIONS = {
    "RUTIN": "Rutinen har gåtts igenom på enhetsmötet och kontrollpunkt lagts in i checklistan.",
    "KUNSKAP": "Utbildningsinsats för gruppen; rutinbeskrivningen har förtydligats.",
    "BEMANNING": "Bemanningen ses över i processgruppen; telefonschemat ändrat under toppveckorna.",
    "SYSTEM": "Ärendet lyft till systemförvaltningen för permanent rättning.",
    "UNDERLAG": "Mall för underlag skickad till förvaltningen; tas upp på kundmötet.",
    "KOMMUNIKATION": "Utskick om ändrade rutiner ska alltid gå till förvaltningens ekonomichef.",
    "LEVERANTOR": "Leverantören har lagts in för bevakning.",
    "BEMOTANDE": "Bemötande diskuterat på arbetsplatsträffen.",
    "SEKRETESS": "Rutinen för skyddade personuppgifter och sekretessmarkerade underlag har skärpts.",
}

EVENT_NOTES = (
    "Gått igenom ärendet med ansvarig handläggare.",
    "Kontrollerat verifikationen och attestflödet i Agresso.",
    "Ringt kontaktpersonen för kompletterande uppgifter.",
    "Begärt kopia av fakturan från leverantören.",
    "Stämt av med systemförvaltningen.",
    "Ärendet diskuterat i processgruppen.",
)


@dataclass(frozen=True)
class LogText:
    subject: str
    text: str


MEETING_TOPICS = (
    "Genomgång av volymer och andelen elektroniska fakturor för {period}.",
    "Förvaltningen nöjd med leveransen i kundreskontran; påpekade långa väntetider i telefon i januari.",
    "Vi redovisade antalet felaktiga underlag och kom överens om en genomgång med förvaltningens attestanter.",
    "Diskuterade bokslutstidplanen och vem som levererar vad.",
    "Förvaltningen vill öka andelen fakturor via försystem; vi skickar förslag på arbetssätt.",
    "Klagomålen under perioden gicks igenom; inga nya synpunkter.",
    "Påminnelser och inkassokrav har minskat jämfört med förra tertialen.",
)
PHONE_TEXTS = (
    LogText(
        "Samtal om försenade leverantörsfakturor",
        "{contact} ringde om fakturor som fastnat i attestflödet. Vi skickade en lista över "
        "fakturor äldre än tio dagar.",
    ),
    LogText(
        "Fråga om kundfakturor med bilagor",
        "{contact} frågade hur bilagor ska lämnas för manuella kundfakturor. Rutinen skickad per e-post.",
    ),
    LogText(
        "Samtal om ny kontaktperson", "{contact} meddelade att förvaltningen får ny ekonomichef i {month}."
    ),
)
EMAIL_TEXTS = (
    LogText(
        "E-post: felaktig kontering",
        "{contact} påpekade en felaktig kontering. Rättat och bekräftat per e-post samma dag.",
    ),
    LogText(
        "E-post: underlag till bokslut",
        "Underlag till bokslutet begärt från förvaltningen; svar väntas inom en vecka.",
    ),
    LogText(
        "E-post: fråga om prislistan",
        "{contact} frågade om priset för manuella leverantörsfakturor. Hänvisat till serviceavtalet.",
    ),
)
EVENT_TEXTS = (
    LogText(
        "Ny ekonomichef på förvaltningen", "{contact} har börjat som ekonomichef. Introduktionsmöte bokat."
    ),
    LogText(
        "Omorganisation av förvaltningens ekonomienhet",
        "Förvaltningen samlar ekonomifunktionen på ett ställe; attestordningen ändras.",
    ),
    LogText(
        "Agresso-uppgradering – information till attestanter",
        "Information om uppgraderingen och nya inloggningen skickad till förvaltningens attestanter.",
    ),
)
INCIDENT_TEXTS = (
    LogText(
        "Betalfil till banken försenad",
        "Betalfilen för förvaltningens leverantörsfakturor gick en dag för sent. Leverantörerna kontaktade.",
    ),
    LogText(
        "Inläsning av e-fakturor stoppad",
        "Inläsningen av elektroniska fakturor stod still i två dagar. Förvaltningen informerad.",
    ),
    LogText(
        "Dubbelbetalning upptäckt",
        "En dubbelbetalning upptäcktes vid avstämning; återkrav skickat till leverantören.",
    ),
)
FOLLOW_UP_TEXTS = (
    LogText(
        "Uppföljning av andelen elektroniska fakturor",
        "Andelen elektroniska leverantörsfakturor följs upp mot målet; förvaltningen kontaktar sina "
        "största leverantörer.",
    ),
    LogText(
        "Uppföljning av felaktiga underlag",
        "Antalet felaktiga underlag har minskat efter genomgången med attestanterna.",
    ),
    LogText(
        "Uppföljning av obetalda kundfakturor",
        "Genomgång av obetalda kundfakturor äldre än 60 dagar; lista skickad till förvaltningen.",
    ),
)
