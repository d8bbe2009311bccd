<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record the answer from %1</source>
        <translation>Registrera svaret från %1</translation>
    </message>
    <message>
        <source>The whole letter</source>
        <translation>Hela brevet</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Fråga %1: %2</translation>
    </message>
    <message>
        <source>What the answer answers</source>
        <translation>Vad svaret besvarar</translation>
    </message>
    <message>
        <source>The answer's text</source>
        <translation>Svarets text</translation>
    </message>
    <message>
        <source>Paste the answer. Numbered answers (1. … 2. …) are shown under their questions.</source>
        <translation>Klistra in svaret. Numrerade svar (1. … 2. …) visas under sina frågor.</translation>
    </message>
    <message>
        <source>The answer as a PDF file</source>
        <translation>Svaret som PDF-fil</translation>
    </message>
    <message>
        <source>No PDF</source>
        <translation>Ingen PDF</translation>
    </message>
    <message>
        <source>&amp;Choose PDF…</source>
        <translation>&amp;Välj PDF…</translation>
    </message>
    <message>
        <source>Choose the answer's PDF file</source>
        <translation>Välj svarets PDF-fil</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Datum då svaret kom in</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Besvarar:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;PDF:</source>
        <translation>&amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Inkom:</translation>
    </message>
    <message>
        <source>Choose the answer's PDF</source>
        <translation>Välj svarets PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: filen kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Record the ans&amp;wer</source>
        <translation>&amp;Registrera svaret</translation>
    </message>
</context>
<context>
    <name>ApplicationImporter</name>
    <message numerus="yes">
        <source>Imported %n application(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation>
            <numerusform>Importerade %n ansökan (nya: %1, ändrade: %2, oförändrade: %3).</numerusform>
            <numerusform>Importerade %n ansökningar (nya: %1, ändrade: %2, oförändrade: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Kontrollera:</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>pdf-filen är lösenordsskyddad</translation>
    </message>
    <message>
        <source>the file cannot be read as a PDF</source>
        <translation>filen går inte att läsa som pdf</translation>
    </message>
    <message>
        <source>The attachment “%1” lies outside the attachments folder.</source>
        <translation>Bilagan ”%1” ligger utanför bilagemappen.</translation>
    </message>
    <message>
        <source>The attachment “%1” was not found in the folder %2.</source>
        <translation>Bilagan ”%1” finns inte i mappen %2.</translation>
    </message>
    <message>
        <source>The attachment “%1” cannot be read: %2</source>
        <translation>Bilagan ”%1” går inte att läsa: %2</translation>
    </message>
    <message>
        <source>The attachment “%1” is larger than 200 MB.</source>
        <translation>Bilagan ”%1” är större än 200 MB.</translation>
    </message>
    <message>
        <source>The attachment “%1” is not a PDF file.</source>
        <translation>Bilagan ”%1” är inte en pdf-fil.</translation>
    </message>
    <message>
        <source>The attachment “%1” cannot be used: %2.</source>
        <translation>Bilagan ”%1” kan inte användas: %2.</translation>
    </message>
    <message>
        <source>The column mapping does not fit the file's %1 columns.</source>
        <translation>Kolumnindelningen passar inte filens %1 kolumner.</translation>
    </message>
    <message>
        <source>Two columns are marked as “%1”.</source>
        <translation>Två kolumner är markerade som ”%1”.</translation>
    </message>
    <message>
        <source>The file has no column “Kommun” (or “Municipality”). Columns found: %1.</source>
        <translation>Filen saknar kolumnen ”Kommun” (eller ”Municipality”). Kolumner i filen: %1.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header line; name it or choose “Ignore” for it.</source>
        <translation>Kolumn %1 saknar namn på rubrikraden; ge den ett namn eller välj ”Hoppa över” för den.</translation>
    </message>
    <message>
        <source>The attachments folder %1 does not exist.</source>
        <translation>Bilagemappen %1 finns inte.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; ingenting importerades.</translation>
    </message>
    <message>
        <source>The line has %1 fields but the header has %2. A text containing “%3” may be missing its quotation marks.</source>
        <translation>Raden har %1 fält men rubrikraden har %2. En text som innehåller ”%3” saknar kanske citattecken.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>The municipality is missing.</source>
        <translation>Kommun saknas.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-05-12 or 12 maj 2026.</source>
        <translation>”%1” är inget datum; skriv det som 2026-05-12 eller 12 maj 2026.</translation>
    </message>
    <message>
        <source>This application is the same as the one on line %1 (same %2). Remove one of them.</source>
        <translation>Ansökan är densamma som på rad %1 (samma %2). Ta bort en av dem.</translation>
    </message>
    <message>
        <source>municipality and title</source>
        <translation>kommun och titel</translation>
    </message>
    <message>
        <source>application id</source>
        <translation>ansöknings-id</translation>
    </message>
    <message>
        <source>The file has a header but no applications.</source>
        <translation>Filen har en rubrikrad men inga ansökningar.</translation>
    </message>
    <message>
        <source>import applications</source>
        <translation>importera ansökningar</translation>
    </message>
</context>
<context>
    <name>ApplicationListPanel</name>
    <message>
        <source>Search the applications</source>
        <translation>Sök i ansökningarna</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Finds applications containing every word typed, attachments included. Results appear while you type.</source>
        <translation>Hittar ansökningar som innehåller alla ord du skriver, även i bilagorna. Träffarna visas medan du skriver.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>&amp;Län:</translation>
    </message>
    <message>
        <source>Filter by county</source>
        <translation>Filtrera på län</translation>
    </message>
    <message>
        <source>Filter by municipality group</source>
        <translation>Filtrera på kommungrupp</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrera på status</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ansökningar</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose an application; the reader shows the one chosen.</source>
        <translation>Välj ansökan med piltangenterna; läsaren visar den du valt.</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alla län</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla kommungrupper</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) match the search</source>
        <translation>
            <numerusform>%1 av %n ansökan matchar sökningen</numerusform>
            <numerusform>%1 av %n ansökningar matchar sökningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n ansökan</numerusform>
            <numerusform>%n ansökningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) shown</source>
        <translation>
            <numerusform>%1 av %n ansökan visas</numerusform>
            <numerusform>%1 av %n ansökningar visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Ko&amp;mmungrupp:</translation>
    </message>
    <message>
        <source>Unread by me</source>
        <translation>Olästa av mig</translation>
    </message>
    <message>
        <source>Not fully scored by me</source>
        <translation>Inte färdigbedömda av mig</translation>
    </message>
    <message>
        <source>Scored by me</source>
        <translation>Bedömda av mig</translation>
    </message>
    <message>
        <source>My conflicts of interest</source>
        <translation>Mina jäv</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>There is no application with the id %1 in this round.</source>
        <translation>Det finns ingen ansökan med id %1 i omgången.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>Ansökan finns inte längre.</translation>
    </message>
    <message>
        <source>The attachment is missing from the round file.</source>
        <translation>Bilagan saknas i omgångsfilen.</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Submitted</source>
        <translation>Inkommen</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>Not advanced</source>
        <translation>Gick inte vidare</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>(no title)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>%1 inhabitants (%2)</source>
        <translation>%1 invånare (%2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Municipality group</source>
        <translation>Kommungrupp</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Folkmängd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Bedömd av</translation>
    </message>
    <message>
        <source>My assessment</source>
        <translation>Min bedömning</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <source>Back to the application</source>
        <translation>Tillbaka till ansökan</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Sidnummer</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>S&amp;ida</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Mindre</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Större</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa bredd</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Anpassa sidan till bredden</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Öppna i pdf-läsare</translation>
    </message>
    <message>
        <source>Open in the system's PDF viewer</source>
        <translation>Öppna i datorns pdf-läsare</translation>
    </message>
    <message>
        <source>PDF attachment</source>
        <translation>Pdf-bilaga</translation>
    </message>
    <message>
        <source>Page Up and Page Down turn the pages.</source>
        <translation>Tangenterna PgUp och PgDn bläddrar mellan sidorna.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>av %1</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (delad)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>jäv</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Plats %1</translation>
    </message>
    <message>
        <source>Shared place %1</source>
        <translation>Delad plats %1</translation>
    </message>
    <message>
        <source>Unranked (below every ranked finalist)</source>
        <translation>Ej rangordnad (under alla rangordnade finalister)</translation>
    </message>
    <message>
        <source>Conflict of interest: cannot be ranked</source>
        <translation>Jäv: kan inte rangordnas</translation>
    </message>
    <message>
        <source>You have a conflict of interest on %1 and take no part in ranking it.</source>
        <translation>Du är jävig för %1 och deltar inte i rangordningen av den.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>You have a conflict of interest on %1, so you cannot rank it.</source>
        <translation>Du är jävig för %1 och kan därför inte rangordna den.</translation>
    </message>
    <message>
        <source>Choose a finalist first.</source>
        <translation>Välj en finalist först.</translation>
    </message>
</context>
<context>
    <name>BallotPanel</name>
    <message>
        <source>Final vote</source>
        <translation>Slutomröstning</translation>
    </message>
    <message>
        <source>Final vote: rank the finalists</source>
        <translation>Slutomröstning: rangordna finalisterna</translation>
    </message>
    <message>
        <source>1 = best. Drag a finalist to its place, or select it and press Alt+Up or Alt+Down. Alt+Right makes it equal to the one above, Alt+Left undoes that, and Delete makes it unranked (below every ranked finalist). Every change is stored at once.</source>
        <translation>1 = bäst. Dra en finalist till sin plats, eller markera den och tryck Alt+Upp eller Alt+Ned. Alt+Höger ger den samma plats som den ovanför, Alt+Vänster tar bort det, och Delete gör den ej rangordnad (under alla rangordnade finalister). Varje ändring sparas direkt.</translation>
    </message>
    <message>
        <source>Your ranking of the finalists</source>
        <translation>Din rangordning av finalisterna</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>One place better</source>
        <translation>En plats bättre</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>One place worse</source>
        <translation>En plats sämre</translation>
    </message>
    <message>
        <source>Equal to the one above</source>
        <translation>Lika med den ovanför</translation>
    </message>
    <message>
        <source>The same rank as the finalist above</source>
        <translation>Samma plats som finalisten ovanför</translation>
    </message>
    <message>
        <source>Not equal</source>
        <translation>Inte lika</translation>
    </message>
    <message>
        <source>No longer the same rank as the finalist above</source>
        <translation>Inte längre samma plats som finalisten ovanför</translation>
    </message>
    <message>
        <source>Unranked</source>
        <translation>Ej rangordnad</translation>
    </message>
    <message>
        <source>Below every ranked finalist</source>
        <translation>Under alla rangordnade finalister</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a finalist first.</source>
        <translation>Välj en finalist först.</translation>
    </message>
    <message>
        <source>The ranking cannot change now.</source>
        <translation>Rangordningen kan inte ändras nu.</translation>
    </message>
    <message>
        <source>%1: place %2 of %3.</source>
        <translation>%1: plats %2 av %3.</translation>
    </message>
    <message>
        <source>%1: shared place %2 with %3.</source>
        <translation>%1: delad plats %2 med %3.</translation>
    </message>
    <message>
        <source>%1: unranked.</source>
        <translation>%1: ej rangordnad.</translation>
    </message>
    <message>
        <source>%1: conflict of interest, cannot be ranked.</source>
        <translation>%1: jäv, kan inte rangordnas.</translation>
    </message>
    <message>
        <source>You see the final vote as the organiser. Choose a juror under “Act as” to rank the finalists for them.</source>
        <translation>Du ser slutomröstningen som arrangör. Välj en jurymedlem under ”Agera som” för att rangordna finalisterna åt den.</translation>
    </message>
    <message>
        <source>You are ranking as %1.</source>
        <translation>Du rangordnar som %1.</translation>
    </message>
    <message>
        <source>The round is decided and locked; the ranking can no longer change.</source>
        <translation>Omgången är avgjord och låst; rangordningen kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The final vote has not started: the round is in the phase “%1”.</source>
        <translation>Slutomröstningen har inte börjat: omgången är i fasen ”%1”.</translation>
    </message>
    <message>
        <source>Only the juror this package belongs to can rank in it.</source>
        <translation>Bara den jurymedlem som paketet tillhör kan rangordna i det.</translation>
    </message>
    <message>
        <source>Conflict of interest: you take no part in ranking %1.</source>
        <translation>Jäv: du deltar inte i rangordningen av %1.</translation>
    </message>
    <message>
        <source>There are no finalists to rank.</source>
        <translation>Det finns inga finalister att rangordna.</translation>
    </message>
    <message>
        <source>%1 of %2 finalists ranked.</source>
        <translation>%1 av %2 finalister rangordnade.</translation>
    </message>
</context>
<context>
    <name>BallotRepository</name>
    <message>
        <source>vote</source>
        <translation>rösta</translation>
    </message>
    <message>
        <source>This package belongs to another juror; only their own ballot can change in it.</source>
        <translation>Paketet hör till en annan jurymedlem; bara hennes eller hans egen röstsedel kan ändras i det.</translation>
    </message>
    <message>
        <source>The juror no longer exists.</source>
        <translation>Jurymedlemmen finns inte längre.</translation>
    </message>
    <message>
        <source>Only finalists can be ranked.</source>
        <translation>Bara finalister kan rangordnas.</translation>
    </message>
    <message>
        <source>Ranks start at 1 (the best).</source>
        <translation>Rangen börjar på 1 (bäst).</translation>
    </message>
    <message>
        <source>A juror with a conflict of interest on %1 cannot rank it.</source>
        <translation>En jurymedlem som är jävig för %1 kan inte rangordna den.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Ignore</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>Ansöknings-id</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inskickad</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Text section</source>
        <translation>Textavsnitt</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>jurybench: error: %1</source>
        <translation>jurybench: fel: %1</translation>
    </message>
    <message>
        <source>jurybench: %1</source>
        <translation>jurybench: %1</translation>
    </message>
    <message>
        <source>Run “jurybench --help” to see how the commands are written.</source>
        <translation>Kör ”jurybench --help” för att se hur kommandona skrivs.</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>Inget kommando angavs.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Okänt kommando ”%1”.</translation>
    </message>
    <message>
        <source>Where to write the demo round.</source>
        <translation>Var demo-omgången ska skrivas.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Ersätt en befintlig fil.</translation>
    </message>
    <message>
        <source>demo without --out opens the window.</source>
        <translation>demo utan --out öppnar fönstret.</translation>
    </message>
    <message>
        <source>%1 is not a round file, so it is not replaced.</source>
        <translation>%1 är ingen omgångsfil och ersätts därför inte.</translation>
    </message>
    <message>
        <source>The demo round was written to %1.</source>
        <translation>Demo-omgången skrevs till %1.</translation>
    </message>
    <message>
        <source>The award's name.</source>
        <translation>Utmärkelsens namn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>Året.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>The prize in kronor.</source>
        <translation>Prissumman i kronor.</translation>
    </message>
    <message>
        <source>SEK</source>
        <translation>KRONOR</translation>
    </message>
    <message>
        <source>How many finalists are chosen.</source>
        <translation>Hur många finalister som utses.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>new needs exactly one FILE.</source>
        <translation>new behöver exakt en FIL.</translation>
    </message>
    <message>
        <source>new needs --award and --year.</source>
        <translation>new behöver --award och --year.</translation>
    </message>
    <message>
        <source>--year must be a year, such as 2026.</source>
        <translation>--year måste vara ett årtal, till exempel 2026.</translation>
    </message>
    <message>
        <source>--prize must be a whole number of kronor.</source>
        <translation>--prize måste vara ett helt antal kronor.</translation>
    </message>
    <message>
        <source>--finalists must be a whole number.</source>
        <translation>--finalists måste vara ett heltal.</translation>
    </message>
    <message>
        <source>Write “jurybench juror add FILE --name NAME --organisation ORG”.</source>
        <translation>Skriv ”jurybench juror add FIL --name NAMN --organisation ORG”.</translation>
    </message>
    <message>
        <source>The juror's name.</source>
        <translation>Jurymedlemmens namn.</translation>
    </message>
    <message>
        <source>The juror's organisation.</source>
        <translation>Jurymedlemmens organisation.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>The juror chairs the jury.</source>
        <translation>Jurymedlemmen är juryns ordförande.</translation>
    </message>
    <message>
        <source>juror add needs exactly one FILE.</source>
        <translation>juror add behöver exakt en FIL.</translation>
    </message>
    <message>
        <source>juror add needs --name.</source>
        <translation>juror add behöver --name.</translation>
    </message>
    <message>
        <source>Write “jurybench criterion add FILE --name NAME”.</source>
        <translation>Skriv ”jurybench criterion add FIL --name NAMN”.</translation>
    </message>
    <message>
        <source>The criterion's name.</source>
        <translation>Kriteriets namn.</translation>
    </message>
    <message>
        <source>Its weight.</source>
        <translation>Dess vikt.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Its scale.</source>
        <translation>Dess skala.</translation>
    </message>
    <message>
        <source>MIN-MAX</source>
        <translation>MIN-MAX</translation>
    </message>
    <message>
        <source>Guidance for jurors.</source>
        <translation>Vägledning för juryn.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>criterion add needs exactly one FILE.</source>
        <translation>criterion add behöver exakt en FIL.</translation>
    </message>
    <message>
        <source>criterion add needs --name.</source>
        <translation>criterion add behöver --name.</translation>
    </message>
    <message>
        <source>--weight must be a number, such as 1.5.</source>
        <translation>--weight måste vara ett tal, till exempel 1,5.</translation>
    </message>
    <message>
        <source>--scale must be written MIN-MAX, such as 1-5.</source>
        <translation>--scale skrivs MIN-MAX, till exempel 1-5.</translation>
    </message>
    <message>
        <source>The folder with the PDF attachments.</source>
        <translation>Mappen med pdf-bilagorna.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>import needs a round FILE and a CSV file.</source>
        <translation>import behöver en omgångsFIL och en CSV-fil.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <source>status needs exactly one FILE.</source>
        <translation>status behöver exakt en FIL.</translation>
    </message>
    <message>
        <source>%1 %2, phase: %3</source>
        <translation>%1 %2, fas: %3</translation>
    </message>
    <message>
        <source>Prize: %1</source>
        <translation>Prissumma: %1</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message numerus="yes">
        <source>Jury: %n juror(s)</source>
        <translation>
            <numerusform>Jury: %n jurymedlem</numerusform>
            <numerusform>Jury: %n jurymedlemmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria: %n</source>
        <translation>
            <numerusform>Kriterier: %n</numerusform>
            <numerusform>Kriterier: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applications: %n</source>
        <translation>
            <numerusform>Ansökningar: %n</numerusform>
            <numerusform>Ansökningar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>phase needs a FILE and a phase: preparation, screening, followup, vote or decided.</source>
        <translation>phase behöver en FIL och en fas: preparation, screening, followup, vote eller decided.</translation>
    </message>
    <message>
        <source>“%1” is not a phase; write preparation, screening, followup, vote or decided.</source>
        <translation>”%1” är ingen fas; skriv preparation, screening, followup, vote eller decided.</translation>
    </message>
    <message>
        <source>The round is now in the phase “%1”.</source>
        <translation>Omgången är nu i fasen ”%1”.</translation>
    </message>
    <message>
        <source>Write “jurybench sheet export FILE --juror ID --out SHEET.csv” or “jurybench sheet import FILE SHEET.csv --juror ID”.</source>
        <translation>Skriv ”jurybench sheet export FIL --juror ID --out ARK.csv” eller ”jurybench sheet import FIL ARK.csv --juror ID”.</translation>
    </message>
    <message>
        <source>The juror's id.</source>
        <translation>Jurymedlemmens id.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Where to write the sheet.</source>
        <translation>Var arket ska skrivas.</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>ARK</translation>
    </message>
    <message>
        <source>sheet needs --juror.</source>
        <translation>sheet behöver --juror.</translation>
    </message>
    <message>
        <source>sheet export needs a FILE and --out SHEET.csv.</source>
        <translation>sheet export behöver en FIL och --out ARK.csv.</translation>
    </message>
    <message>
        <source>sheet import needs a FILE and a SHEET.csv.</source>
        <translation>sheet import behöver en FIL och en ARK.csv.</translation>
    </message>
    <message>
        <source>The sheet could not be written: %1</source>
        <translation>Arket gick inte att skriva: %1</translation>
    </message>
    <message>
        <source>The scoring sheet of %1 was written to %2.</source>
        <translation>Bedömningsarket för %1 skrevs till %2.</translation>
    </message>
    <message>
        <source>An application chosen as finalist.</source>
        <translation>En ansökan som utses till finalist.</translation>
    </message>
    <message>
        <source>Why the choice differs from the suggestion.</source>
        <translation>Varför valet avviker från förslaget.</translation>
    </message>
    <message>
        <source>finalists needs exactly one FILE.</source>
        <translation>finalists behöver exakt en FIL.</translation>
    </message>
    <message>
        <source>A package for every juror.</source>
        <translation>Ett paket för varje jurymedlem.</translation>
    </message>
    <message>
        <source>The package (or, with --all, the folder).</source>
        <translation>Paketet (eller, med --all, mappen).</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>Write “jurybench package FILE --juror ID --out PKG” or “jurybench package FILE --all --out FOLDER”.</source>
        <translation>Skriv ”jurybench package FIL --juror ID --out PAKET” eller ”jurybench package FIL --all --out MAPP”.</translation>
    </message>
    <message>
        <source>The package of %1 was written to %2.</source>
        <translation>Paketet för %1 skrevs till %2.</translation>
    </message>
    <message>
        <source>Where to write the return file.</source>
        <translation>Var inlämningsfilen ska skrivas.</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>INLÄMNING</translation>
    </message>
    <message>
        <source>Write “jurybench return PKG --out RETURN”.</source>
        <translation>Skriv ”jurybench return PAKET --out INLÄMNING”.</translation>
    </message>
    <message>
        <source>The return file could not be written: %1</source>
        <translation>Inlämningsfilen gick inte att skriva: %1</translation>
    </message>
    <message>
        <source>The return file was written to %1.</source>
        <translation>Inlämningsfilen skrevs till %1.</translation>
    </message>
    <message>
        <source>merge needs the round FILE and at least one return file.</source>
        <translation>merge behöver omgångsFILEN och minst en inlämningsfil.</translation>
    </message>
    <message>
        <source>unknown juror</source>
        <translation>okänd jurymedlem</translation>
    </message>
    <message>
        <source>%1 (%2): %3 added, %4 updated, %5 unchanged, %6 refused.</source>
        <translation>%1 (%2): %3 nya, %4 uppdaterade, %5 oförändrade, %6 avvisade.</translation>
    </message>
    <message>
        <source>jurybench: refused: %1</source>
        <translation>jurybench: avvisad: %1</translation>
    </message>
    <message>
        <source>log needs exactly one FILE.</source>
        <translation>log behöver exakt en FIL.</translation>
    </message>
    <message>
        <source>%1  %2  %3  added %4, updated %5, unchanged %6  SHA-256 %7</source>
        <translation>%1  %2  %3  nya %4, uppdaterade %5, oförändrade %6  SHA-256 %7</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen går inte att läsa: %1</translation>
    </message>
    <message>
        <source>The finalist's id.</source>
        <translation>Finalistens id.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>Frågan.</translation>
    </message>
    <message>
        <source>The date to answer by.</source>
        <translation>Sista dag för svar.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The folder for the letters.</source>
        <translation>Mappen för breven.</translation>
    </message>
    <message>
        <source>Write “jurybench questions add|propose|letters FILE …”.</source>
        <translation>Skriv ”jurybench questions add|propose|letters FIL …”.</translation>
    </message>
    <message>
        <source>questions letters needs --out DIR.</source>
        <translation>questions letters behöver --out MAPP.</translation>
    </message>
    <message>
        <source>questions %1 needs --finalist and --text.</source>
        <translation>questions %1 behöver --finalist och --text.</translation>
    </message>
    <message>
        <source>--reply-by must be a date, such as 2026-04-15.</source>
        <translation>--reply-by måste vara ett datum, till exempel 2026-04-15.</translation>
    </message>
    <message>
        <source>The answer as text.</source>
        <translation>Svaret som text.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The answer as a PDF.</source>
        <translation>Svaret som PDF.</translation>
    </message>
    <message>
        <source>When the answer arrived.</source>
        <translation>När svaret kom in.</translation>
    </message>
    <message>
        <source>Write “jurybench answer FILE --finalist ID --text-file F” (or --pdf F, or both).</source>
        <translation>Skriv ”jurybench answer FIL --finalist ID --text-file F” (eller --pdf F, eller båda).</translation>
    </message>
    <message>
        <source>--received must be a date, such as 2026-04-15.</source>
        <translation>--received måste vara ett datum, till exempel 2026-04-15.</translation>
    </message>
    <message>
        <source>The answer was recorded.</source>
        <translation>Svaret registrerades.</translation>
    </message>
    <message>
        <source>tally needs exactly one FILE.</source>
        <translation>tally behöver exakt en FIL.</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Inga röstsedlar ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s).</source>
        <translation>
            <numerusform>%n röstsedel.</numerusform>
            <numerusform>%n röstsedlar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>Schulze</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Plurality</source>
        <translation>Flest förstaplatser</translation>
    </message>
    <message>
        <source>The vote ties for first place; the chair's casting vote decides.</source>
        <translation>Omröstningen ger delad förstaplats; ordförandens utslagsröst avgör.</translation>
    </message>
    <message>
        <source>Note: the methods or the screening scores do not agree on the winner.</source>
        <translation>Obs: metoderna eller poängen från gallringen är inte överens om vinnaren.</translation>
    </message>
    <message>
        <source>Pairwise preferences (row over column):</source>
        <translation>Parvisa preferenser (rad före kolumn):</translation>
    </message>
    <message>
        <source>Strongest paths (row over column):</source>
        <translation>Starkaste vägar (rad före kolumn):</translation>
    </message>
    <message>
        <source>The jury's motivation.</source>
        <translation>Juryns motivering.</translation>
    </message>
    <message>
        <source>The winner (the chair's casting vote in a tie).</source>
        <translation>Vinnaren (ordförandens utslagsröst vid lika).</translation>
    </message>
    <message>
        <source>The date of the decision.</source>
        <translation>Datum för beslutet.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Where the decision was made.</source>
        <translation>Var beslutet fattades.</translation>
    </message>
    <message>
        <source>Write “jurybench decide FILE --motivation-file F”.</source>
        <translation>Skriv ”jurybench decide FIL --motivation-file F”.</translation>
    </message>
    <message>
        <source>The decision is recorded and the round is locked. Winner: %1.</source>
        <translation>Beslutet är registrerat och omgången är låst. Vinnare: %1.</translation>
    </message>
    <message>
        <source>Where to write the document.</source>
        <translation>Var dokumentet ska sparas.</translation>
    </message>
    <message>
        <source>Write “jurybench export decision FILE --out PDF” or “jurybench export protocol FILE --out PDF|CSV”.</source>
        <translation>Skriv ”jurybench export decision FIL --out PDF” eller ”jurybench export protocol FIL --out PDF|CSV”.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Sparat i %1.</translation>
    </message>
    <message>
        <source>Usage:
  jurybench [FILE]                                   open the window
  jurybench demo [--out FILE] [--phase PHASE]        write the demo round
  jurybench new FILE --award NAME --year YEAR [--prize SEK] [--finalists N]
  jurybench juror add FILE --name NAME --organisation ORG [--chair]
  jurybench criterion add FILE --name NAME [--weight W] [--scale MIN-MAX] [--guidance TEXT]
  jurybench import FILE CSV [--attachments DIR]
  jurybench status FILE [--json]
  jurybench phase FILE preparation|screening|followup|vote|decided
  jurybench sheet export FILE --juror ID --out SHEET.csv
  jurybench sheet import FILE SHEET.csv --juror ID
  jurybench finalists FILE [--pick ID ...] [--reason TEXT]
  jurybench package FILE --juror ID --out PKG     (or --all --out FOLDER)
  jurybench return PKG --out RETURN
  jurybench merge FILE RETURN...
  jurybench log FILE
  jurybench questions add FILE --finalist ID --text TEXT [--reply-by DATE]
  jurybench questions propose FILE --juror ID --finalist ID --text TEXT
  jurybench questions letters FILE --out DIR
  jurybench answer FILE --finalist ID [--text-file F] [--pdf F] [--received DATE]
  jurybench tally FILE [--json]
  jurybench decide FILE --motivation-file F [--winner ID] [--date YYYY-MM-DD] [--place TEXT]
  jurybench export decision FILE --out PDF
  jurybench export protocol FILE --out PDF|CSV

Every command accepts --lang en for English or --lang sv for Swedish.
</source>
        <translation>Användning:
  jurybench [FIL]                                    öppna fönstret
  jurybench demo [--out FIL] [--phase FAS]           skriv demo-omgången
  jurybench new FIL --award NAMN --year ÅR [--prize KRONOR] [--finalists N]
  jurybench juror add FIL --name NAMN --organisation ORG [--chair]
  jurybench criterion add FIL --name NAMN [--weight V] [--scale MIN-MAX] [--guidance TEXT]
  jurybench import FIL CSV [--attachments MAPP]
  jurybench status FIL [--json]
  jurybench phase FIL preparation|screening|followup|vote|decided
  jurybench sheet export FIL --juror ID --out ARK.csv
  jurybench sheet import FIL ARK.csv --juror ID
  jurybench finalists FIL [--pick ID ...] [--reason TEXT]
  jurybench package FIL --juror ID --out PAKET     (eller --all --out MAPP)
  jurybench return PAKET --out INLÄMNING
  jurybench merge FIL INLÄMNING...
  jurybench log FIL
  jurybench questions add FIL --finalist ID --text TEXT [--reply-by DATUM]
  jurybench questions propose FIL --juror ID --finalist ID --text TEXT
  jurybench questions letters FIL --out MAPP
  jurybench answer FIL --finalist ID [--text-file F] [--pdf F] [--received DATUM]
  jurybench tally FIL [--json]
  jurybench decide FIL --motivation-file F [--winner ID] [--date ÅÅÅÅ-MM-DD] [--place TEXT]
  jurybench export decision FIL --out PDF
  jurybench export protocol FIL --out PDF|CSV

Alla kommandon tar --lang en för engelska eller --lang sv för svenska.
</translation>
    </message>
    <message>
        <source>How far the demo has come: screening, followup, vote or decided.</source>
        <translation>Hur långt demo-omgången har kommit: screening, followup, vote eller decided.</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>FAS</translation>
    </message>
    <message>
        <source>“%1” is not a phase of the demo; write screening, followup, vote or decided.</source>
        <translation>”%1” är ingen fas för demo-omgången; skriv screening, followup, vote eller decided.</translation>
    </message>
</context>
<context>
    <name>CommentListModel</name>
    <message>
        <source>shared with the jury</source>
        <translation>delad med juryn</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>%1, %2 (%3):
%4</source>
        <translation>%1, %2 (%3):
%4</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Anmäl jäv</translation>
    </message>
    <message>
        <source>A juror with a conflict of interest on %1 takes no part in scoring, recommending or voting on it, and does not see the other jurors' assessments of it. The decision records it.</source>
        <translation>En jurymedlem som är jävig för %1 deltar inte i bedömning, rekommendation eller omröstning om ansökan och ser inte de andra jurymedlemmarnas bedömningar av den. Beslutet redovisar jävet.</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Jurymedlem</translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation>&amp;Jurymedlem:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>For example: employed by the municipality until 2025</source>
        <translation>Till exempel: anställd i kommunen till och med 2025</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Anmäl</translation>
    </message>
</context>
<context>
    <name>CriterionRepository</name>
    <message>
        <source>There is no criterion with the id %1 in this round.</source>
        <translation>Det finns inget kriterium med id %1 i omgången.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Ett kriterium måste ha ett namn.</translation>
    </message>
    <message>
        <source>The weight must be a number greater than 0.</source>
        <translation>Vikten måste vara ett tal större än 0.</translation>
    </message>
    <message>
        <source>The scale's lowest value must be less than its highest.</source>
        <translation>Skalans lägsta värde måste vara mindre än dess högsta.</translation>
    </message>
    <message>
        <source>The scale must lie between -1000 and 1000.</source>
        <translation>Skalan måste ligga mellan -1000 och 1000.</translation>
    </message>
    <message>
        <source>change the criteria</source>
        <translation>ändra kriterierna</translation>
    </message>
</context>
<context>
    <name>CriterionTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lägst</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Högst</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vägledning</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>”%1” är inget tal.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not a text file (CSV).</source>
        <translation>Filen är ingen textfil (CSV).</translation>
    </message>
    <message>
        <source>After a closing quotation mark only a delimiter or a line break may follow, not “%1”.</source>
        <translation>Efter ett avslutande citattecken får bara en avgränsare eller en radbrytning följa, inte ”%1”.</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed (a quotation mark is missing).</source>
        <translation>Ett fält inom citattecken som börjar här avslutas aldrig (ett citattecken saknas).</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Filen är tom: den saknar rubrikrad.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen går inte att läsa: %1</translation>
    </message>
    <message>
        <source>The file is too large (more than 1 GB).</source>
        <translation>Filen är för stor (mer än 1 GB).</translation>
    </message>
    <message>
        <source>The file is written in UTF-8 but has characters in another encoding here, so its å, ä and ö cannot be read. Save it again as “CSV UTF-8” and import it again.</source>
        <translation>Filen är skriven i UTF-8 men har tecken i en annan teckenkodning här, så dess å, ä och ö kan inte läsas. Spara den igen som ”CSV UTF-8” och importera den på nytt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is not a Jurybench round file.</source>
        <translation>Filen är ingen omgångsfil från Jurybench.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of Jurybench (format %1; this version reads up to format %2). Update Jurybench to open it.</source>
        <translation>Filen är skapad av en nyare version av Jurybench (format %1; den här versionen läser till och med format %2). Uppdatera Jurybench för att öppna den.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be opened (%1). Use a backup copy.</source>
        <translation>Filen är skadad och kan inte öppnas (%1). Använd en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen går inte att läsa: %1</translation>
    </message>
    <message>
        <source>A backup copy could not be written before updating the file format: %1</source>
        <translation>Det gick inte att spara en säkerhetskopia före uppdateringen av filformatet: %1</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Filen går inte att öppna: %1</translation>
    </message>
    <message>
        <source>The file already exists; choose another name.</source>
        <translation>Filen finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>The round file could not be read or written (%1).</source>
        <translation>Omgångsfilen gick inte att läsa eller skriva (%1).</translation>
    </message>
    <message>
        <source>The file format %1 does not exist.</source>
        <translation>Filformatet %1 finns inte.</translation>
    </message>
    <message>
        <source>The file was made by an older version of Jurybench; open it once to bring it up to date.</source>
        <translation>Filen är skapad av en äldre version av Jurybench; öppna den en gång så uppdateras den.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The jury's decision</source>
        <translation>Juryns beslut</translation>
    </message>
    <message>
        <source>The jury's &amp;motivation:</source>
        <translation>Juryns &amp;motivering:</translation>
    </message>
    <message>
        <source>The jury's motivation</source>
        <translation>Juryns motivering</translation>
    </message>
    <message>
        <source>Why the winner won: results given the municipality's preconditions, in 80–150 words.</source>
        <translation>Varför vinnaren vann: resultat i förhållande till kommunens förutsättningar, på 80–150 ord.</translation>
    </message>
    <message>
        <source>Short motivations for the other finalists (optional)</source>
        <translation>Korta motiveringar för de andra finalisterna (frivilligt)</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Place of the decision</source>
        <translation>Beslutsort</translation>
    </message>
    <message>
        <source>For example Stockholm</source>
        <translation>Till exempel Stockholm</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Record the decision…</source>
        <translation>&amp;Registrera beslutet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Short motivation for %1</source>
        <translation>Kort motivering för %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) counted. Recording the decision locks the round.</source>
        <translation>
            <numerusform>%n röstsedel räknad. När beslutet registreras låses omgången.</numerusform>
            <numerusform>%n röstsedlar räknade. När beslutet registreras låses omgången.</numerusform>
        </translation>
    </message>
    <message>
        <source>Winner:</source>
        <translation>Vinnare:</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Vinnare</translation>
    </message>
    <message>
        <source>No juror has ranked the finalists yet; the decision can be recorded once the jury has voted.</source>
        <translation>Ingen jurymedlem har rangordnat finalisterna än; beslutet kan registreras när juryn har röstat.</translation>
    </message>
    <message>
        <source>The vote names %1 the winner (the Schulze method).</source>
        <translation>Omröstningen utser %1 till vinnare (Schulzemetoden).</translation>
    </message>
    <message>
        <source>&amp;Casting vote:</source>
        <translation>&amp;Utslagsröst:</translation>
    </message>
    <message>
        <source>The chair's casting vote</source>
        <translation>Ordförandens utslagsröst</translation>
    </message>
    <message>
        <source>The chair's casting vote (%1)</source>
        <translation>Ordförandens utslagsröst (%1)</translation>
    </message>
    <message>
        <source>Choose the winner…</source>
        <translation>Välj vinnaren…</translation>
    </message>
    <message>
        <source>The vote ties for first place between %1, and the jury has no chair to give the casting vote. Mark the chair in the round's settings.</source>
        <translation>Omröstningen ger delad förstaplats mellan %1, och juryn har ingen ordförande som kan ge utslagsröst. Markera ordföranden i omgångens inställningar.</translation>
    </message>
    <message>
        <source>The vote ties for first place between %1. The chair's casting vote decides: %2 chooses the winner among them.</source>
        <translation>Omröstningen ger delad förstaplats mellan %1. Ordförandens utslagsröst avgör: %2 väljer vinnaren bland dem.</translation>
    </message>
    <message>
        <source>The decision is recorded during the final vote; the round is in the phase “%1”.</source>
        <translation>Beslutet registreras under slutomröstningen; omgången är i fasen ”%1”.</translation>
    </message>
    <message>
        <source>The decision was recorded %1 and the round is locked.</source>
        <translation>Beslutet registrerades %1 och omgången är låst.</translation>
    </message>
    <message>
        <source>The vote named %1 the winner.</source>
        <translation>Omröstningen utsåg %1 till vinnare.</translation>
    </message>
    <message>
        <source>The vote tied for first place; the chair, %1, gave the casting vote.</source>
        <translation>Omröstningen gav delad förstaplats; ordföranden, %1, lade utslagsrösten.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message>
        <source>Published motivations are usually 80–150 words.</source>
        <translation>Publicerade motiveringar brukar vara 80–150 ord.</translation>
    </message>
    <message>
        <source>Shorter than published motivations usually are (80–150 words).</source>
        <translation>Kortare än publicerade motiveringar brukar vara (80–150 ord).</translation>
    </message>
    <message>
        <source>Longer than published motivations usually are (80–150 words).</source>
        <translation>Längre än publicerade motiveringar brukar vara (80–150 ord).</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Registrera beslutet</translation>
    </message>
    <message>
        <source>The decision locks the round: after it no ballot, score or motivation can change. Record %1 as the winner?</source>
        <translation>Beslutet låser omgången: därefter kan ingen röstsedel, poäng eller motivering ändras. Registrera %1 som vinnare?</translation>
    </message>
    <message>
        <source>Record and lock</source>
        <translation>Registrera och lås</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>write motivations</source>
        <translation>skriva motiveringar</translation>
    </message>
    <message>
        <source>change motivations</source>
        <translation>ändra motiveringar</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>registrera beslutet</translation>
    </message>
    <message>
        <source>The decision needs the jury's motivation.</source>
        <translation>Beslutet behöver juryns motivering.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-05-12.</source>
        <translation>”%1” är inget datum; skriv det som 2026-05-12.</translation>
    </message>
    <message>
        <source>No juror has ranked the finalists yet.</source>
        <translation>Ingen jurymedlem har rangordnat finalisterna ännu.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>The vote's winner is %1; another winner can only be chosen by the chair when the vote ties for first place.</source>
        <translation>Omröstningens vinnare är %1; en annan vinnare kan bara väljas av ordföranden när omröstningen ger delad förstaplats.</translation>
    </message>
    <message>
        <source>The vote ties for first place between %1. The chair's casting vote decides: choose the winner among them.</source>
        <translation>Omröstningen ger delad förstaplats mellan %1. Ordförandens utslagsröst avgör: välj vinnaren bland dem.</translation>
    </message>
    <message>
        <source>In a tie the chair chooses among %1.</source>
        <translation>Vid lika röstetal väljer ordföranden bland %1.</translation>
    </message>
    <message>
        <source>The vote ties for first place, and the jury has no chair to give the casting vote. Mark the chair in the round's settings.</source>
        <translation>Omröstningen ger delad förstaplats, och juryn har ingen ordförande som kan ge utslagsrösten. Markera ordföranden i omgångens inställningar.</translation>
    </message>
    <message>
        <source>The chair has a conflict of interest on %1 and cannot give the casting vote for it.</source>
        <translation>Ordföranden är jävig för %1 och kan inte lägga utslagsrösten på den.</translation>
    </message>
    <message>
        <source>The decision record could not be read.</source>
        <translation>Beslutsposten kunde inte läsas.</translation>
    </message>
    <message>
        <source>No decision has been recorded.</source>
        <translation>Inget beslut har registrerats.</translation>
    </message>
    <message>
        <source>write the decision</source>
        <translation>skriva beslutet</translation>
    </message>
</context>
<context>
    <name>DemoRound</name>
    <message>
        <source>The demo attachment could not be written.</source>
        <translation>Demobilagan gick inte att skriva.</translation>
    </message>
    <message>
        <source>The file already exists; choose another name.</source>
        <translation>Filen finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <source>A temporary folder for the demo could not be created.</source>
        <translation>Det gick inte att skapa en tillfällig mapp för demon.</translation>
    </message>
    <message>
        <source>The demo applications could not be written.</source>
        <translation>Demoansökningarna gick inte att skriva.</translation>
    </message>
    <message>
        <source>The demo round could not be saved.</source>
        <translation>Demo-omgången gick inte att spara.</translation>
    </message>
    <message>
        <source>The demo round could not be read back.</source>
        <translation>Demo-omgången gick inte att läsa tillbaka.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>(shared place)</source>
        <translation>(delad plats)</translation>
    </message>
    <message>
        <source>%1 did not take part in the assessment of %2 because of a conflict of interest.</source>
        <translation>%1 deltog inte i bedömningen av %2 på grund av jäv.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>No decision has been recorded yet.</source>
        <translation>Inget beslut har registrerats ännu.</translation>
    </message>
    <message>
        <source>Jury's decision – %1</source>
        <translation>Juryns beslut – %1</translation>
    </message>
    <message>
        <source>The award goes to %1, %2.</source>
        <translation>Utmärkelsen går till %1, %2.</translation>
    </message>
    <message>
        <source>Prize: %1.</source>
        <translation>Prissumma: %1.</translation>
    </message>
    <message>
        <source>The jury's motivation</source>
        <translation>Juryns motivering</translation>
    </message>
    <message>
        <source>The other finalists</source>
        <translation>Övriga finalister</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The jury</source>
        <translation>Juryn</translation>
    </message>
    <message>
        <source>(chair)</source>
        <translation>(ordförande)</translation>
    </message>
    <message>
        <source>How the decision was made</source>
        <translation>Så fattades beslutet</translation>
    </message>
    <message numerus="yes">
        <source>After screening %Ln application(s) the jury chose the finalists; each juror then ranked them, and the rankings were counted by the Schulze method, which compares the finalists two at a time and puts first the one the jurors prefer over every other.</source>
        <translation>
            <numerusform>Efter att ha gallrat %Ln ansökan valde juryn finalisterna; varje jurymedlem rangordnade sedan finalisterna, och rangordningarna räknades samman med Schulzemetoden, som jämför finalisterna två och två och sätter den som juryn föredrar framför alla andra först.</numerusform>
            <numerusform>Efter att ha gallrat %Ln ansökningar valde juryn finalisterna; varje jurymedlem rangordnade sedan finalisterna, och rangordningarna räknades samman med Schulzemetoden, som jämför finalisterna två och två och sätter den som juryn föredrar framför alla andra först.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vote tied for first place; the chair, %1, gave the casting vote.</source>
        <translation>Omröstningen gav delad förstaplats; ordföranden, %1, lade utslagsrösten.</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Slutlig rangordning</translation>
    </message>
    <message>
        <source>The jury's chair</source>
        <translation>Juryns ordförande</translation>
    </message>
    <message>
        <source>%1, chair of the jury</source>
        <translation>%1, juryns ordförande</translation>
    </message>
    <message>
        <source>Annex: the pairwise comparisons</source>
        <translation>Bilaga: de parvisa jämförelserna</translation>
    </message>
    <message>
        <source>Each cell is the number of jurors who ranked the finalist of the row above the finalist of the column.</source>
        <translation>Varje ruta anger hur många jurymedlemmar som rangordnade radens finalist före kolumnens.</translation>
    </message>
    <message>
        <source>The strongest paths</source>
        <translation>De starkaste vägarna</translation>
    </message>
    <message>
        <source>Each cell is the strength of the strongest chain of preferences from the finalist of the row to the finalist of the column; a chain is as strong as its weakest link. A finalist ranks above another when its path to the other is the stronger.</source>
        <translation>Varje ruta anger styrkan i den starkaste kedjan av preferenser från radens finalist till kolumnens; en kedja är lika stark som sin svagaste länk. En finalist placeras före en annan när dess väg till den andra är den starkare.</translation>
    </message>
    <message>
        <source>Round %1 · SHA-256 of the decision record: %2</source>
        <translation>Omgång %1 · SHA-256 för beslutsposten: %2</translation>
    </message>
    <message>
        <source>The jury's decision with its motivation.</source>
        <translation>Juryns beslut med motivering.</translation>
    </message>
    <message>
        <source>Jury protocol – %1</source>
        <translation>Juryprotokoll – %1</translation>
    </message>
    <message>
        <source>Phase: %1. Prize: %2. Finalists: %3.</source>
        <translation>Fas: %1. Prissumma: %2. Finalister: %3.</translation>
    </message>
    <message>
        <source>%1, %2 (chair)</source>
        <translation>%1, %2 (ordförande)</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Jäv</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (declared by %4).</source>
        <translation>%1 för %2: %3 (anmält av %4).</translation>
    </message>
    <message>
        <source>the organiser</source>
        <translation>arrangören</translation>
    </message>
    <message>
        <source>the juror</source>
        <translation>jurymedlemmen</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normerad</translation>
    </message>
    <message>
        <source>Yes/maybe/no</source>
        <translation>Ja/kanske/nej</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The finalists</source>
        <translation>Finalisterna</translation>
    </message>
    <message>
        <source>Suggested by the scores: %1.</source>
        <translation>Förslag utifrån poängen: %1.</translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <translation>Valda: %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivering: %1</translation>
    </message>
    <message>
        <source>Follow-up questions and answers</source>
        <translation>Kompletterande frågor och svar</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>Answer received %1 with the attachment %2.</source>
        <translation>Svar inkom %1 med bilagan %2.</translation>
    </message>
    <message>
        <source>The final vote</source>
        <translation>Slutomröstningen</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Jurymedlem</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>jäv</translation>
    </message>
    <message>
        <source>Schulze ranking</source>
        <translation>Rangordning enligt Schulze</translation>
    </message>
    <message>
        <source>Borda count</source>
        <translation>Bordaräkning</translation>
    </message>
    <message>
        <source>Plurality</source>
        <translation>Flest förstaplatser</translation>
    </message>
    <message>
        <source>The methods do not agree on the winner.</source>
        <translation>Metoderna är inte överens om vinnaren.</translation>
    </message>
    <message>
        <source>Pairwise preferences (row over column):</source>
        <translation>Parvisa preferenser (rad före kolumn):</translation>
    </message>
    <message>
        <source>Strongest paths (row over column):</source>
        <translation>Starkaste vägar (rad före kolumn):</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>Inga röstsedlar ännu.</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Beslutet</translation>
    </message>
    <message>
        <source>SHA-256 of the decision record: %1</source>
        <translation>SHA-256 för beslutsposten: %1</translation>
    </message>
    <message>
        <source>The jury's work in the round.</source>
        <translation>Juryns arbete i omgången.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>The questions could not be read.</source>
        <translation>Frågorna kunde inte läsas.</translation>
    </message>
    <message>
        <source>Follow-up questions – %1</source>
        <translation>Kompletterande frågor – %1</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>Att. %1</translation>
    </message>
    <message>
        <source>Follow-up questions on your application</source>
        <translation>Kompletterande frågor om er ansökan</translation>
    </message>
    <message>
        <source>Congratulations: %1 is one of the finalists of %2 with the application “%3”. Before its decision the jury would like to know more, and asks you to answer the following questions.</source>
        <translation>Grattis! %1 är en av finalisterna i %2 med ansökan ”%3”. Innan juryn fattar sitt beslut vill den veta mer och ber er besvara följande frågor.</translation>
    </message>
    <message>
        <source>Please answer by %1.</source>
        <translation>Vi ber om ert svar senast %1.</translation>
    </message>
    <message>
        <source>Number your answers as the questions are numbered.</source>
        <translation>Numrera svaren på samma sätt som frågorna.</translation>
    </message>
    <message>
        <source>Send your answers to, or ask:</source>
        <translation>Skicka svaren till, eller fråga:</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Med vänliga hälsningar</translation>
    </message>
    <message>
        <source>The jury of %1</source>
        <translation>Juryn för %1</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Mappen kan inte skapas.</translation>
    </message>
    <message>
        <source>Questions to %1</source>
        <translation>Frågor till %1</translation>
    </message>
    <message>
        <source>Follow-up questions to %1</source>
        <translation>Kompletterande frågor till %1</translation>
    </message>
    <message>
        <source>No finalist has any approved follow-up question yet.</source>
        <translation>Ingen finalist har någon godkänd kompletterande fråga ännu.</translation>
    </message>
    <message>
        <source>Winner: %1. Decided on %2.</source>
        <translation>Vinnare: %1. Beslutat %2.</translation>
    </message>
    <message>
        <source>Winner: %1. Decided in %2 on %3.</source>
        <translation>Vinnare: %1. Beslutat i %2 den %3.</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Bedömd av</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>kolumn ”%1”</translation>
    </message>
</context>
<context>
    <name>FinalistDialog</name>
    <message>
        <source>Choose the finalists</source>
        <translation>Utse finalister</translation>
    </message>
    <message numerus="yes">
        <source>The suggestion is the %n highest scored application(s); ties go to more “yes”, then to Swedish alphabetical order. Tick the finalists. A choice that differs from the suggestion needs a reason, which is kept in the round and printed in the protocol.</source>
        <translation>
            <numerusform>Förslaget är den ansökan som fått högst poäng; vid lika poäng avgör fler ”ja” och sedan svensk bokstavsordning. Kryssa för finalisterna. Ett val som avviker från förslaget behöver en motivering, som sparas i omgången och skrivs ut i protokollet.</numerusform>
            <numerusform>Förslaget är de %n ansökningar som fått högst poäng; vid lika poäng avgör fler ”ja” och sedan svensk bokstavsordning. Kryssa för finalisterna. Ett val som avviker från förslaget behöver en motivering, som sparas i omgången och skrivs ut i protokollet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Applications by rank</source>
        <translation>Ansökningar i rangordning</translation>
    </message>
    <message>
        <source>Space ticks or unticks the chosen application.</source>
        <translation>Blanksteg kryssar för eller av den valda ansökan.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Reason for the choice</source>
        <translation>Motivering till valet</translation>
    </message>
    <message>
        <source>&amp;Choose these finalists</source>
        <translation>&amp;Utse dessa finalister</translation>
    </message>
    <message>
        <source>%1 of %2 finalists chosen.</source>
        <translation>%1 av %2 finalister valda.</translation>
    </message>
    <message>
        <source>The choice differs from the suggestion.</source>
        <translation>Valet avviker från förslaget.</translation>
    </message>
    <message>
        <source>The choice follows the suggestion.</source>
        <translation>Valet följer förslaget.</translation>
    </message>
    <message>
        <source>&amp;Reason for the choice (required):</source>
        <translation>&amp;Motivering till valet (krävs):</translation>
    </message>
    <message>
        <source>&amp;Reason for the choice (optional):</source>
        <translation>&amp;Motivering till valet (frivillig):</translation>
    </message>
</context>
<context>
    <name>FinalistRepository</name>
    <message>
        <source>choose the finalists</source>
        <translation>utse finalister</translation>
    </message>
    <message>
        <source>There is no suggestion yet: no application has been scored.</source>
        <translation>Det finns inget förslag ännu: ingen ansökan har fått poäng.</translation>
    </message>
    <message>
        <source>The same application is chosen twice.</source>
        <translation>Samma ansökan är vald två gånger.</translation>
    </message>
    <message>
        <source>An application chosen as finalist is not in this round.</source>
        <translation>En ansökan som valts till finalist finns inte i omgången.</translation>
    </message>
    <message numerus="yes">
        <source>The round has %n finalist(s); %1 were chosen. Change the number of finalists in the round's settings to choose another number.</source>
        <translation>
            <numerusform>Omgången har %n finalist; %1 valdes. Ändra antalet finalister i omgångens inställningar för att välja ett annat antal.</numerusform>
            <numerusform>Omgången har %n finalister; %1 valdes. Ändra antalet finalister i omgångens inställningar för att välja ett annat antal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The choice differs from the suggestion (the %n highest scored), so it needs a written reason.</source>
        <translation>
            <numerusform>Valet avviker från förslaget (den med högst poäng) och behöver därför en skriftlig motivering.</numerusform>
            <numerusform>Valet avviker från förslaget (de %n med högst poäng) och behöver därför en skriftlig motivering.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>Approve the ticked proposals, each as a question</source>
        <translation>Godkänn de markerade förslagen, vart och ett som en fråga</translation>
    </message>
    <message>
        <source>&amp;Merge into one…</source>
        <translation>Slå &amp;ihop till en…</translation>
    </message>
    <message>
        <source>Merge the ticked proposals into one question</source>
        <translation>Slå ihop de markerade förslagen till en fråga</translation>
    </message>
    <message>
        <source>&amp;New question…</source>
        <translation>&amp;Ny fråga…</translation>
    </message>
    <message>
        <source>Write a new question</source>
        <translation>Skriv en ny fråga</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the chosen question</source>
        <translation>Redigera den valda frågan</translation>
    </message>
    <message>
        <source>Remove the chosen question</source>
        <translation>Ta bort den valda frågan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the chosen question up</source>
        <translation>Flytta upp den valda frågan</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <source>Move the chosen question down</source>
        <translation>Flytta ned den valda frågan</translation>
    </message>
    <message>
        <source>Reply &amp;by:</source>
        <translation>Sista svars&amp;dag:</translation>
    </message>
    <message>
        <source>Record an &amp;answer…</source>
        <translation>Registrera &amp;svar…</translation>
    </message>
    <message>
        <source>Record an answer from the finalist</source>
        <translation>Registrera ett svar från finalisten</translation>
    </message>
    <message>
        <source>Write the &amp;letters…</source>
        <translation>Skriv &amp;breven…</translation>
    </message>
    <message>
        <source>Write the question letters of all finalists</source>
        <translation>Skriv frågebreven till alla finalister</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Kompletterande frågor</translation>
    </message>
    <message>
        <source>&amp;Finalists:</source>
        <translation>&amp;Finalister:</translation>
    </message>
    <message>
        <source>Finalists</source>
        <translation>Finalister</translation>
    </message>
    <message>
        <source>The jurors' proposals</source>
        <translation>Jurymedlemmarnas förslag</translation>
    </message>
    <message>
        <source>Space ticks a proposal. Approve the ticked proposals, or merge them into one question.</source>
        <translation>Blanksteg markerar ett förslag. Godkänn de markerade förslagen, eller slå ihop dem till en fråga.</translation>
    </message>
    <message>
        <source>Questions in the letter</source>
        <translation>Frågor i brevet</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>Inkomna svar</translation>
    </message>
    <message>
        <source>The letter has a reply-by date</source>
        <translation>Brevet har en sista svarsdag</translation>
    </message>
    <message>
        <source>Reply-by date</source>
        <translation>Sista svarsdag</translation>
    </message>
    <message>
        <source>Proposed by the jury</source>
        <translation>Förslag från juryn</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n förslag</numerusform>
            <numerusform>%n förslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message>
        <source>answered</source>
        <translation>besvarad</translation>
    </message>
    <message>
        <source>The round has no finalists yet.</source>
        <translation>Omgången har inga finalister ännu.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(approved)</source>
        <translation>(godkänd)</translation>
    </message>
    <message>
        <source>No juror has proposed a question to this finalist.</source>
        <translation>Ingen jurymedlem har föreslagit någon fråga till den här finalisten.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The whole letter</source>
        <translation>Hela brevet</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>%1, received %2</source>
        <translation>%1, inkom %2</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF: %1</translation>
    </message>
    <message>
        <source>No answer has been received yet.</source>
        <translation>Inget svar har kommit in ännu.</translation>
    </message>
    <message>
        <source>Tick proposals to approve them. Questions and the reply-by date are stored at once; write the letters when every finalist's questions are ready.</source>
        <translation>Markera förslag för att godkänna dem. Frågor och sista svarsdag sparas direkt; skriv breven när alla finalisters frågor är klara.</translation>
    </message>
    <message>
        <source>The questions can no longer change in the final vote; answers can still be recorded.</source>
        <translation>Frågorna kan inte längre ändras under slutomröstningen; svar kan fortfarande registreras.</translation>
    </message>
    <message>
        <source>Questions can be changed in the phase “%1”.</source>
        <translation>Frågorna kan ändras i fasen ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added to the letter.</source>
        <translation>
            <numerusform>%n fråga lades till i brevet.</numerusform>
            <numerusform>%n frågor lades till i brevet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into one question</source>
        <translation>Slå ihop till en fråga</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Redigera frågan</translation>
    </message>
    <message>
        <source>The question is removed.</source>
        <translation>Frågan är borttagen.</translation>
    </message>
    <message>
        <source>The question is now number %1.</source>
        <translation>Frågan är nu nummer %1.</translation>
    </message>
    <message>
        <source>The answer is recorded.</source>
        <translation>Svaret är registrerat.</translation>
    </message>
    <message>
        <source>Folder for the question letters</source>
        <translation>Mapp för frågebreven</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n brev skrevs till %1.</numerusform>
            <numerusform>%n brev skrevs till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta b&amp;ort</translation>
    </message>
</context>
<context>
    <name>FollowupRepository</name>
    <message>
        <source>Follow-up questions are for the finalists only.</source>
        <translation>Kompletterande frågor ställs bara till finalisterna.</translation>
    </message>
    <message>
        <source>propose follow-up questions</source>
        <translation>föreslå kompletterande frågor</translation>
    </message>
    <message>
        <source>This package belongs to another juror.</source>
        <translation>Paketet hör till en annan jurymedlem.</translation>
    </message>
    <message>
        <source>A juror with a conflict of interest on the finalist cannot propose questions to it.</source>
        <translation>En jurymedlem som är jävig för finalisten kan inte föreslå frågor till den.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Frågan är tom.</translation>
    </message>
    <message>
        <source>change follow-up questions</source>
        <translation>ändra kompletterande frågor</translation>
    </message>
    <message>
        <source>Only the juror who proposed a question can change it.</source>
        <translation>Bara jurymedlemmen som föreslog en fråga kan ändra den.</translation>
    </message>
    <message>
        <source>Only the juror who proposed a question can withdraw it.</source>
        <translation>Bara jurymedlemmen som föreslog en fråga kan dra tillbaka den.</translation>
    </message>
    <message>
        <source>approve follow-up questions</source>
        <translation>godkänna kompletterande frågor</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>Frågan finns inte längre.</translation>
    </message>
    <message>
        <source>set the reply-by date</source>
        <translation>ange sista svarsdag</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>”%1” är inget datum.</translation>
    </message>
    <message>
        <source>record answers</source>
        <translation>registrera svar</translation>
    </message>
    <message>
        <source>An answer needs a text, a PDF or both.</source>
        <translation>Ett svar behöver en text, en PDF eller båda.</translation>
    </message>
    <message>
        <source>The answer's file is not a PDF.</source>
        <translation>Svarets fil är ingen PDF.</translation>
    </message>
    <message>
        <source>The answer has no PDF.</source>
        <translation>Svaret har ingen PDF.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importera ansökningar</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Välj CSV-filen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Vä&amp;lj…</translation>
    </message>
    <message>
        <source>Choose the attachments folder</source>
        <translation>Välj bilagemappen</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <source>Attachments folder</source>
        <translation>Bilagemapp</translation>
    </message>
    <message>
        <source>The folder with the PDF files named in the attachments column. By default the CSV file's folder.</source>
        <translation>Mappen med de pdf-filer som nämns i kolumnen för bilagor. Normalt CSV-filens mapp.</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Attachments folder:</source>
        <translation>&amp;Bilagemapp:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Innehåller</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolumnindelning</translation>
    </message>
    <message>
        <source>For each column of the file, what it holds. Columns marked as text sections become parts of the application under the column's name.</source>
        <translation>Vad varje kolumn i filen innehåller. Kolumner markerade som textavsnitt blir delar av ansökan med kolumnens namn som rubrik.</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>&amp;Kolumnindelning:</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Förhandsvisning av de första raderna</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>För&amp;handsvisning av de första raderna:</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Meddelanden om importen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importens förlopp</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Choose the CSV file exported from the application form.</source>
        <translation>Välj CSV-filen som exporterats från ansökningsformuläret.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1, separated by %2, %n row(s).</source>
        <translation>
            <numerusform>Teckenkodning %1, avgränsad med %2, %n rad.</numerusform>
            <numerusform>Teckenkodning %1, avgränsad med %2, %n rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>Vad kolumnen ”%1” innehåller</translation>
    </message>
    <message>
        <source>Check that each column holds what the list says, then import. Nothing is imported if any row has a problem.</source>
        <translation>Kontrollera att varje kolumn innehåller det listan säger och importera sedan. Ingenting importeras om någon rad har ett fel.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ingenting importerades. %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>JurorRepository</name>
    <message>
        <source>There is no juror with the id %1 in this round.</source>
        <translation>Det finns ingen jurymedlem med id %1 i omgången.</translation>
    </message>
    <message>
        <source>A juror needs a name.</source>
        <translation>En jurymedlem måste ha ett namn.</translation>
    </message>
    <message>
        <source>change the jury</source>
        <translation>ändra juryn</translation>
    </message>
    <message>
        <source>The juror has already done work in this round (scores, comments or conflicts of interest) and cannot be removed.</source>
        <translation>Jurymedlemmen har redan arbetat i omgången (poäng, kommentarer eller jäv) och kan inte tas bort.</translation>
    </message>
</context>
<context>
    <name>JurorTableModel</name>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>No scores yet</source>
        <translation>Inga poäng ännu</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Diskutera</translation>
    </message>
    <message>
        <source>Yes %1, maybe %2, no %3</source>
        <translation>Ja %1, kanske %2, nej %3</translation>
    </message>
    <message>
        <source>The score after evening out lenient and harsh jurors (mean of each juror's standardised scores).</source>
        <translation>Poängen när generösa och stränga jurymedlemmar vägts upp (medelvärdet av varje jurymedlems standardiserade poäng).</translation>
    </message>
    <message>
        <source>Standard deviation of the jurors' scores.</source>
        <translation>Standardavvikelsen för jurymedlemmarnas poäng.</translation>
    </message>
    <message>
        <source>The jurors' scores lie at least 40 % of the scale apart.</source>
        <translation>Jurymedlemmarnas poäng skiljer sig åt med minst 40 % av skalan.</translation>
    </message>
    <message>
        <source>Rank among applications from the same SKR municipality group.</source>
        <translation>Rang bland ansökningar från samma kommungrupp enligt SKR.</translation>
    </message>
    <message>
        <source>Rank among municipalities of the same size.</source>
        <translation>Rang bland kommuner av samma storlek.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normaliserad</translation>
    </message>
    <message>
        <source>Jurors' scores</source>
        <translation>Juryns poäng</translation>
    </message>
    <message>
        <source>Yes / maybe / no</source>
        <translation>Ja / kanske / nej</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurymedlemmar</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spridning</translation>
    </message>
    <message>
        <source>Municipality group</source>
        <translation>Kommungrupp</translation>
    </message>
    <message>
        <source>Rank in group</source>
        <translation>Rang i grupp</translation>
    </message>
    <message>
        <source>Rank by size</source>
        <translation>Rang i storleksklass</translation>
    </message>
</context>
<context>
    <name>LeaderboardView</name>
    <message>
        <source>Leaderboard</source>
        <translation>Topplista</translation>
    </message>
    <message>
        <source>Applications by score, best first. The suggested finalists are in bold. Enter opens the application.</source>
        <translation>Ansökningarna efter poäng, bäst först. De föreslagna finalisterna står i fetstil. Retur öppnar ansökan.</translation>
    </message>
    <message>
        <source>Choose &amp;finalists…</source>
        <translation>Utse &amp;finalister…</translation>
    </message>
    <message>
        <source>&amp;Read the application</source>
        <translation>&amp;Läs ansökan</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) have scores. Scores are on the scale %2–%3; the suggested finalists are in bold.</source>
        <translation>
            <numerusform>%1 av %n ansökan har poäng. Poängen ligger på skalan %2–%3; de föreslagna finalisterna står i fetstil.</numerusform>
            <numerusform>%1 av %n ansökningar har poäng. Poängen ligger på skalan %2–%3; de föreslagna finalisterna står i fetstil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>Markörer:</translation>
    </message>
    <message>
        <source>| line: mean</source>
        <translation>| linje: medelvärde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Ny omgång…</translation>
    </message>
    <message>
        <source>&amp;Open round…</source>
        <translation>&amp;Öppna omgång…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Open the &amp;demo round</source>
        <translation>Öppna &amp;demo-omgången</translation>
    </message>
    <message>
        <source>&amp;Import applications…</source>
        <translation>&amp;Importera ansökningar…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <translation>Stän&amp;g omgången</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Next application</source>
        <translation>&amp;Nästa ansökan</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>This is the last application in the list.</source>
        <translation>Det här är den sista ansökan i listan.</translation>
    </message>
    <message>
        <source>&amp;Previous application</source>
        <translation>&amp;Föregående ansökan</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>This is the first application in the list.</source>
        <translation>Det här är den första ansökan i listan.</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Gå till &amp;listan</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;application text</source>
        <translation>Gå till &amp;ansökningstexten</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>No attachment is open. Choose one under Attachments in the text.</source>
        <translation>Ingen bilaga är öppen. Välj en under Bilagor i texten.</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textstorlek</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk (Language)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Jurybench</source>
        <translation>&amp;Om Jurybench</translation>
    </message>
    <message>
        <source>Welcome to Jurybench</source>
        <translation>Välkommen till Jurybench</translation>
    </message>
    <message>
        <source>Read the applications, screen them, vote and publish the jury's decision. Open a round, create a new one, or look around in the demo round first.</source>
        <translation>Läs ansökningarna, gallra, rösta och publicera juryns beslut. Öppna en omgång, skapa en ny eller titta först runt i demo-omgången.</translation>
    </message>
    <message>
        <source>Recent rounds</source>
        <translation>Senaste omgångar</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Läsare</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Öppnade %1.</translation>
    </message>
    <message>
        <source>%1 · Phase: %2</source>
        <translation>%1 · Fas: %2</translation>
    </message>
    <message>
        <source>No application matches the search and filters.</source>
        <translation>Ingen ansökan matchar sökningen och filtren.</translation>
    </message>
    <message>
        <source>The round has no applications yet. Import them with File → Import applications.</source>
        <translation>Omgången har inga ansökningar ännu. Importera dem med Arkiv → Importera ansökningar.</translation>
    </message>
    <message>
        <source>Choose an application in the list to read it.</source>
        <translation>Välj en ansökan i listan för att läsa den.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in this application.</source>
        <translation>
            <numerusform>%n träff i den här ansökan.</numerusform>
            <numerusform>%n träffar i den här ansökan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attachment cannot be shown: it is not a readable PDF.</source>
        <translation>Bilagan kan inte visas: den är inte en läsbar pdf.</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Bilaga: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1, %n page(s).</source>
        <translation>
            <numerusform>Visar %1, %n sida.</numerusform>
            <numerusform>Visar %1, %n sidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attachment could not be saved for the PDF viewer: %1</source>
        <translation>Bilagan gick inte att spara åt pdf-läsaren: %1</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. The file is saved at %1.</source>
        <translation>Ingen pdf-läsare kunde startas. Filen är sparad som %1.</translation>
    </message>
    <message>
        <source>Jurybench</source>
        <translation>Jurybench</translation>
    </message>
    <message>
        <source>Open round</source>
        <translation>Öppna omgång</translation>
    </message>
    <message>
        <source>Jurybench rounds (*.jury);;All files (*)</source>
        <translation>Jurybench-omgångar (*.jury);;Alla filer (*)</translation>
    </message>
    <message>
        <source>About Jurybench</source>
        <translation>Om Jurybench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Jurybench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for award juries: read the applications, screen them, vote and publish the decision. Everything is stored in one round file on this computer.&lt;/p&gt;&lt;p&gt;Municipality facts: SCB (population 2019) and SKR (municipality groups 2023).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jurybench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;En arbetsbänk för prisjuryer: läs ansökningarna, gallra, rösta och publicera beslutet. Allt sparas i en omgångsfil på den här datorn.&lt;/p&gt;&lt;p&gt;Kommunfakta: SCB (folkmängd 2019) och SKR (kommungrupper 2023).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used when Jurybench starts again. Restart now?</source>
        <translation>Det nya språket används när Jurybench startar igen. Starta om nu?</translation>
    </message>
    <message>
        <source>Text size %1 %.</source>
        <translation>Textstorlek %1 %.</translation>
    </message>
    <message>
        <source>High contrast is on.</source>
        <translation>Hög kontrast är på.</translation>
    </message>
    <message>
        <source>High contrast is off.</source>
        <translation>Hög kontrast är av.</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Agerar som</translation>
    </message>
    <message>
        <source>Act as:</source>
        <translation>Agera som:</translation>
    </message>
    <message>
        <source>Act as</source>
        <translation>Agera som</translation>
    </message>
    <message>
        <source>Whose assessments the window shows and edits: the organiser's overview or one juror's.</source>
        <translation>Vems bedömningar fönstret visar och ändrar: arrangörens översikt eller en jurymedlems.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Bedömning</translation>
    </message>
    <message>
        <source>&amp;Score the application</source>
        <translation>&amp;Bedöm ansökan</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>&amp;New comment</source>
        <translation>&amp;Ny kommentar</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Declare a &amp;conflict of interest…</source>
        <translation>Anmäl &amp;jäv…</translation>
    </message>
    <message>
        <source>&amp;Act as…</source>
        <translation>&amp;Agera som…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Export scoring sheet…</source>
        <translation>&amp;Exportera bedömningsark…</translation>
    </message>
    <message>
        <source>&amp;Import scoring sheet…</source>
        <translation>&amp;Importera bedömningsark…</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>&amp;Topplista</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Choose &amp;finalists…</source>
        <translation>Utse &amp;finalister…</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nästa fas</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Föregående fas</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>The organiser (sees all)</source>
        <translation>Arrangören (ser allt)</translation>
    </message>
    <message>
        <source>%1 (chair)</source>
        <translation>%1 (ordförande)</translation>
    </message>
    <message>
        <source>Acting as the organiser.</source>
        <translation>Agerar som arrangör.</translation>
    </message>
    <message>
        <source>Acting as %1.</source>
        <translation>Agerar som %1.</translation>
    </message>
    <message>
        <source>Leaderboard – %1</source>
        <translation>Topplista – %1</translation>
    </message>
    <message>
        <source>The finalists are chosen.</source>
        <translation>Finalisterna är utsedda.</translation>
    </message>
    <message>
        <source>Start the &amp;screening</source>
        <translation>Starta &amp;gallringen</translation>
    </message>
    <message>
        <source>Close the &amp;screening (show the jury's assessments)</source>
        <translation>Avsluta &amp;gallringen (visa juryns bedömningar)</translation>
    </message>
    <message>
        <source>Start the final &amp;vote</source>
        <translation>Starta &amp;slutomröstningen</translation>
    </message>
    <message>
        <source>Record the &amp;decision…</source>
        <translation>Registrera &amp;beslutet…</translation>
    </message>
    <message>
        <source>&amp;Back to “%1”</source>
        <translation>Tillb&amp;aka till ”%1”</translation>
    </message>
    <message>
        <source>&amp;Back one phase</source>
        <translation>Tillb&amp;aka en fas</translation>
    </message>
    <message>
        <source>Start the screening? Jurors can then score and recommend. The criteria can no longer change.</source>
        <translation>Starta gallringen? Jurymedlemmarna kan då sätta poäng och rekommendera. Kriterierna kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Close the screening? Scores and recommendations can then no longer change, and jurors see each other's assessments (except where they have a conflict of interest).</source>
        <translation>Avsluta gallringen? Poäng och rekommendationer kan då inte längre ändras, och jurymedlemmarna ser varandras bedömningar (utom där de är jäviga).</translation>
    </message>
    <message>
        <source>Start the final vote between the finalists?</source>
        <translation>Starta slutomröstningen mellan finalisterna?</translation>
    </message>
    <message>
        <source>Go back to the phase “%1”?</source>
        <translation>Gå tillbaka till fasen ”%1”?</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Byt fas</translation>
    </message>
    <message>
        <source>The round is now in the phase “%1”.</source>
        <translation>Omgången är nu i fasen ”%1”.</translation>
    </message>
    <message>
        <source>Export scoring sheet</source>
        <translation>Exportera bedömningsark</translation>
    </message>
    <message>
        <source>scoring sheet %1.csv</source>
        <translation>bedömningsark %1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The sheet could not be written: %1</source>
        <translation>Arket gick inte att skriva: %1</translation>
    </message>
    <message>
        <source>The scoring sheet was saved as %1.</source>
        <translation>Bedömningsarket sparades som %1.</translation>
    </message>
    <message>
        <source>Import scoring sheet</source>
        <translation>Importera bedömningsark</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Scoring sheet imported</source>
        <translation>Bedömningsarket är importerat</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Lämna in…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Create juror &amp;packages…</source>
        <translation>Skapa jury&amp;paket…</translation>
    </message>
    <message>
        <source>Log of &amp;merged return files</source>
        <translation>&amp;Logg över inlämningar</translation>
    </message>
    <message>
        <source>Use a s&amp;hared folder…</source>
        <translation>Använd en &amp;delad mapp…</translation>
    </message>
    <message>
        <source>%1 – %2 – Jurybench</source>
        <translation>%1 – %2 – Jurybench</translation>
    </message>
    <message>
        <source>Juror package of %1 · %2 · Phase: %3</source>
        <translation>Jurypaket för %1 · %2 · Fas: %3</translation>
    </message>
    <message>
        <source>Receive return files</source>
        <translation>Ta emot inlämningar</translation>
    </message>
    <message>
        <source>Return files (*.juryretur);;All files (*)</source>
        <translation>Inlämningar (*.juryretur);;Alla filer (*)</translation>
    </message>
    <message>
        <source>No round is open.</source>
        <translation>Ingen omgång är öppen.</translation>
    </message>
    <message>
        <source>The return file could not be written: %1</source>
        <translation>Inlämningsfilen gick inte att skriva: %1</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Lämna in</translation>
    </message>
    <message>
        <source>Return files (*.juryretur)</source>
        <translation>Inlämningar (*.juryretur)</translation>
    </message>
    <message>
        <source>Handed in as %1. Send the file to the organiser.</source>
        <translation>Inlämnat som %1. Skicka filen till arrangören.</translation>
    </message>
    <message>
        <source>Choose the folder your sync service shares with the jury</source>
        <translation>Välj mappen som er synktjänst delar med juryn</translation>
    </message>
    <message>
        <source>The shared folder is no longer used.</source>
        <translation>Den delade mappen används inte längre.</translation>
    </message>
    <message>
        <source>Handed in to the shared folder.</source>
        <translation>Inlämnat i den delade mappen.</translation>
    </message>
    <message>
        <source>Using the shared folder %1.</source>
        <translation>Använder den delade mappen %1.</translation>
    </message>
    <message>
        <source>New package</source>
        <translation>Nytt paket</translation>
    </message>
    <message>
        <source>The organiser has left a new package for you in the shared folder. Update your copy now? Your own work is kept.</source>
        <translation>Arrangören har lagt ett nytt paket till dig i den delade mappen. Uppdatera din kopia nu? Ditt eget arbete behålls.</translation>
    </message>
    <message>
        <source>&amp;Propose a follow-up question</source>
        <translation>&amp;Föreslå en kompletterande fråga</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Questions are proposed to finalists, in the phase “%1”.</source>
        <translation>Frågor föreslås till finalister, i fasen ”%1”.</translation>
    </message>
    <message>
        <source>Follow-up &amp;questions and answers…</source>
        <translation>&amp;Kompletterande frågor och svar…</translation>
    </message>
    <message>
        <source>The answer cannot be shown: it is not a readable PDF.</source>
        <translation>Svaret kan inte visas: det är ingen läsbar PDF.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Export the decision</source>
        <translation>Exportera beslutet</translation>
    </message>
    <message>
        <source>Decision %1 %2.pdf</source>
        <translation>Juryns beslut %1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The decision is saved as %1.</source>
        <translation>Beslutet är sparat som %1.</translation>
    </message>
    <message>
        <source>Export the jury protocol</source>
        <translation>Exportera juryprotokollet</translation>
    </message>
    <message>
        <source>Jury protocol %1 %2.pdf</source>
        <translation>Juryprotokoll %1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV for archiving (*.csv)</source>
        <translation>PDF-dokument (*.pdf);;CSV för arkivering (*.csv)</translation>
    </message>
    <message>
        <source>The protocol is saved as %1.</source>
        <translation>Protokollet är sparat som %1.</translation>
    </message>
    <message>
        <source>Receive re&amp;turn files…</source>
        <translation>&amp;Ta emot inlämningar…</translation>
    </message>
    <message>
        <source>Go to the a&amp;ttachment</source>
        <translation>Gå till &amp;bilagan</translation>
    </message>
    <message>
        <source>&amp;Round settings…</source>
        <translation>Omgångens &amp;inställningar…</translation>
    </message>
    <message>
        <source>E&amp;xport the decision as PDF…</source>
        <translation>&amp;Exportera beslutet som PDF…</translation>
    </message>
    <message>
        <source>Export the jury pr&amp;otocol…</source>
        <translation>Exportera jurypr&amp;otokollet…</translation>
    </message>
    <message>
        <source>Stop &amp;using the shared folder</source>
        <translation>Sl&amp;uta använda den delade mappen</translation>
    </message>
    <message>
        <source>Re&amp;cent rounds:</source>
        <translation>S&amp;enaste omgångar:</translation>
    </message>
    <message>
        <source>&amp;Rank the finalists</source>
        <translation>&amp;Rangordna finalisterna</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>The finalists are ranked in the phase “%1”.</source>
        <translation>Finalisterna rangordnas i fasen ”%1”.</translation>
    </message>
    <message>
        <source>&amp;Tally of the vote</source>
        <translation>&amp;Rösträkning</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show the &amp;decision</source>
        <translation>Visa &amp;beslutet</translation>
    </message>
    <message>
        <source>Tally of the vote – %1</source>
        <translation>Rösträkning – %1</translation>
    </message>
    <message>
        <source>The decision is recorded and the round is locked.</source>
        <translation>Beslutet är registrerat och omgången är låst.</translation>
    </message>
    <message>
        <source>The jury's decision</source>
        <translation>Juryns beslut</translation>
    </message>
    <message>
        <source>The decision is recorded. Export the decision as PDF now? You can export it again at any time from the Round menu.</source>
        <translation>Beslutet är registrerat. Exportera beslutet som PDF nu? Du kan exportera det igen när som helst från menyn Omgång.</translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Jurymedlem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Log of merged return files</source>
        <translation>Logg över inlämningar</translation>
    </message>
    <message>
        <source>No return file has been merged yet.</source>
        <translation>Ingen inlämning har tagits emot ännu.</translation>
    </message>
    <message>
        <source>Every return file that changed the round, newest first.</source>
        <translation>Varje inlämning som ändrade omgången, den senaste först.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <source>%n return file(s) merged.</source>
        <translation>
            <numerusform>%n inlämning togs emot.</numerusform>
            <numerusform>%n inlämningar togs emot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) new or changed.</source>
        <translation>
            <numerusform>%n rad ny eller ändrad.</numerusform>
            <numerusform>%n rader nya eller ändrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused; nothing of them was merged.</source>
        <translation>
            <numerusform>%n fil avvisades; inget av den togs emot.</numerusform>
            <numerusform>%n filer avvisades; inget av dem togs emot.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Jurymedlem</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Merged return files</source>
        <translation>Mottagna inlämningar</translation>
    </message>
    <message>
        <source>Return files merged</source>
        <translation>Inlämningar mottagna</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Avvisad: %1</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>The backup folder could not be created.</source>
        <translation>Mappen för säkerhetskopior gick inte att skapa.</translation>
    </message>
    <message>
        <source>No backup copy could be written before the merge, so nothing was merged (%1).</source>
        <translation>Ingen säkerhetskopia kunde sparas före sammanslagningen, så ingenting togs emot (%1).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen går inte att läsa: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a return file.</source>
        <translation>Filen är för stor för att vara en inlämning.</translation>
    </message>
    <message>
        <source>The file is not a Jurybench return file.</source>
        <translation>Filen är ingen inlämning från Jurybench.</translation>
    </message>
    <message>
        <source>The return file was made by a newer version of Jurybench (format %1; this version reads up to format %2). Update Jurybench to merge it.</source>
        <translation>Inlämningen är skapad av en nyare version av Jurybench (format %1; den här versionen läser till och med format %2). Uppdatera Jurybench för att ta emot den.</translation>
    </message>
    <message>
        <source>The return file belongs to another round (%1), not to this one.</source>
        <translation>Inlämningen hör till en annan omgång (%1), inte till den här.</translation>
    </message>
    <message>
        <source>The return file is from a juror who is not on this round's jury (%1).</source>
        <translation>Inlämningen kommer från någon som inte är med i omgångens jury (%1).</translation>
    </message>
    <message>
        <source>The return file's signature does not match %1's key: it was changed after the juror wrote it, damaged on the way, or not written by %1.</source>
        <translation>Inlämningens signatur stämmer inte med nyckeln för %1: filen har ändrats efter att den skrevs, skadats på vägen eller inte skrivits av %1.</translation>
    </message>
    <message>
        <source>Return files are merged into the organiser's round file, not into a juror package.</source>
        <translation>Inlämningar tas emot i arrangörens omgångsfil, inte i ett jurypaket.</translation>
    </message>
    <message>
        <source>merge return files</source>
        <translation>ta emot inlämningar</translation>
    </message>
</context>
<context>
    <name>MunicipalityRegistry</name>
    <message>
        <source>Unexpected columns in the municipality list.</source>
        <translation>Oväntade kolumner i kommunlistan.</translation>
    </message>
    <message>
        <source>Wrong number of fields.</source>
        <translation>Fel antal fält.</translation>
    </message>
    <message>
        <source>The municipality is missing.</source>
        <translation>Kommun saknas.</translation>
    </message>
    <message>
        <source>“%1” was read as %2 (%3).</source>
        <translation>”%1” tolkades som %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” could mean several municipalities: %2. Write the name with å, ä and ö, or the municipality code.</source>
        <translation>”%1” kan avse flera kommuner: %2. Skriv namnet med å, ä och ö, eller kommunkoden.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”. Closest: %2.</source>
        <translation>Ingen kommun heter ”%1”. Närmast: %2.</translation>
    </message>
    <message>
        <source>under %1 inhabitants</source>
        <translation>under %1 invånare</translation>
    </message>
    <message>
        <source>%1–%2 inhabitants</source>
        <translation>%1–%2 invånare</translation>
    </message>
    <message>
        <source>%1 inhabitants or more</source>
        <translation>%1 invånare eller fler</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New round</source>
        <translation>Ny omgång</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Utmärkelse</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Prize in kronor</source>
        <translation>Prissumma i kronor</translation>
    </message>
    <message>
        <source>Number of finalists</source>
        <translation>Antal finalister</translation>
    </message>
    <message>
        <source>Round file</source>
        <translation>Omgångsfil</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Vä&amp;lj…</translation>
    </message>
    <message>
        <source>Choose where to save the round file</source>
        <translation>Välj var omgångsfilen ska sparas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>&amp;Utmärkelse:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Prize:</source>
        <translation>&amp;Prissumma:</translation>
    </message>
    <message>
        <source>&amp;Finalists:</source>
        <translation>&amp;Finalister:</translation>
    </message>
    <message>
        <source>&amp;Round file:</source>
        <translation>&amp;Omgångsfil:</translation>
    </message>
    <message>
        <source>&amp;Create round</source>
        <translation>S&amp;kapa omgång</translation>
    </message>
    <message>
        <source>Save the new round as</source>
        <translation>Spara den nya omgången som</translation>
    </message>
    <message>
        <source>Jurybench rounds (*.jury)</source>
        <translation>Jurybench-omgångar (*.jury)</translation>
    </message>
    <message>
        <source>Choose where to save the round file.</source>
        <translation>Välj var omgångsfilen ska sparas.</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>The juror package was opened.</source>
        <translation>Jurypaketet öppnades.</translation>
    </message>
    <message numerus="yes">
        <source>The juror package was updated; your own work was kept (%n row(s)).</source>
        <translation>
            <numerusform>Jurypaketet uppdaterades; ditt eget arbete behölls (%n rad).</numerusform>
            <numerusform>Jurypaketet uppdaterades; ditt eget arbete behölls (%n rader).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the round no longer accepts in this phase were not handed in in time and were removed.</source>
        <translation>
            <numerusform>%n ändring som omgången inte längre tar emot i den här fasen hann inte lämnas in och togs bort.</numerusform>
            <numerusform>%n ändringar som omgången inte längre tar emot i den här fasen hann inte lämnas in och togs bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>A juror package is made from the organiser's round file, not from another package.</source>
        <translation>Ett jurypaket skapas från arrangörens omgångsfil, inte från ett annat paket.</translation>
    </message>
    <message>
        <source>There is no juror with the id %1 in this round.</source>
        <translation>Det finns ingen jurymedlem med id %1 i omgången.</translation>
    </message>
    <message>
        <source>The file exists and is not a juror package; choose another name.</source>
        <translation>Filen finns redan och är inget jurypaket; välj ett annat namn.</translation>
    </message>
    <message>
        <source>The package could not be written (%1).</source>
        <translation>Paketet gick inte att skriva (%1).</translation>
    </message>
    <message>
        <source>The package could not be saved.</source>
        <translation>Paketet gick inte att spara.</translation>
    </message>
    <message>
        <source>The file is a round file, not a juror package.</source>
        <translation>Filen är en omgångsfil, inte ett jurypaket.</translation>
    </message>
    <message>
        <source>Your earlier copy of the round cannot be read.</source>
        <translation>Din tidigare kopia av omgången går inte att läsa.</translation>
    </message>
    <message>
        <source>The package belongs to another round or another juror than your earlier copy.</source>
        <translation>Paketet hör till en annan omgång eller en annan jurymedlem än din tidigare kopia.</translation>
    </message>
    <message>
        <source>Your copy of the round could not be updated.</source>
        <translation>Din kopia av omgången gick inte att uppdatera.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Create juror packages</source>
        <translation>Skapa jurypaket</translation>
    </message>
    <message>
        <source>A package holds what a juror may see in the round's current phase, the juror's own earlier work and the juror's key. Hand it over on a USB stick, by e-mail or in a shared folder; the juror opens it in Jurybench and hands back a return file.</source>
        <translation>Ett paket innehåller det jurymedlemmen får se i omgångens nuvarande fas, jurymedlemmens eget tidigare arbete och hennes eller hans nyckel. Lämna över det på ett USB-minne, med e-post eller i en delad mapp; jurymedlemmen öppnar det i Jurybench och lämnar tillbaka en inlämningsfil.</translation>
    </message>
    <message>
        <source>Jurors to make packages for</source>
        <translation>Jurymedlemmar att skapa paket för</translation>
    </message>
    <message>
        <source>Space ticks or unticks a juror.</source>
        <translation>Blanksteg kryssar för eller av en jurymedlem.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Jurors:</source>
        <translation>&amp;Jurymedlemmar:</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Mapp för paketen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Vä&amp;lj…</translation>
    </message>
    <message>
        <source>Choose the folder for the packages</source>
        <translation>Välj mapp för paketen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Create packages</source>
        <translation>&amp;Skapa paket</translation>
    </message>
    <message>
        <source>Choose a folder the packages can be written to.</source>
        <translation>Välj en mapp som paketen kan skrivas till.</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Tick at least one juror.</source>
        <translation>Kryssa för minst en jurymedlem.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1.</source>
        <translation>
            <numerusform>%n paket skrevs till %1.</numerusform>
            <numerusform>%n paket skrevs till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>The PDF document could not be created.</source>
        <translation>PDF-dokumentet kunde inte skapas.</translation>
    </message>
    <message>
        <source>The fonts for the PDF document could not be loaded.</source>
        <translation>Typsnitten för PDF-dokumentet kunde inte läsas in.</translation>
    </message>
    <message>
        <source>The page margins leave no room for the text.</source>
        <translation>Sidmarginalerna lämnar inget utrymme för texten.</translation>
    </message>
    <message>
        <source>The PDF document could not be saved. Check that the folder exists and that you may write there.</source>
        <translation>PDF-dokumentet kunde inte sparas. Kontrollera att mappen finns och att du får spara i den.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Preparation</source>
        <translation>Förberedelse</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Finalists and follow-up questions</source>
        <translation>Finalister och kompletterande frågor</translation>
    </message>
    <message>
        <source>Final vote</source>
        <translation>Slutomröstning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Approve &amp;questions…</source>
        <translation>Godkänn fr&amp;ågor…</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Kompletterande frågor</translation>
    </message>
    <message>
        <source>Proposed questions</source>
        <translation>Föreslagna frågor</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <source>Write one question to the finalist…</source>
        <translation>Skriv en fråga till finalisten…</translation>
    </message>
    <message>
        <source>Propose the question</source>
        <translation>Föreslå frågan</translation>
    </message>
    <message>
        <source>Stores the question for the organiser (Ctrl+Enter)</source>
        <translation>Sparar frågan åt arrangören (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Change the chosen question</source>
        <translation>Ändra den valda frågan</translation>
    </message>
    <message>
        <source>Withdraw the chosen question</source>
        <translation>Återkalla den valda frågan</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Avbryt ändringen</translation>
    </message>
    <message>
        <source>Approve the questions for the letters</source>
        <translation>Godkänn frågorna till breven</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No juror has proposed a question yet.</source>
        <translation>Ingen jurymedlem har föreslagit någon fråga ännu.</translation>
    </message>
    <message>
        <source>You have not proposed any question yet.</source>
        <translation>Du har inte föreslagit någon fråga ännu.</translation>
    </message>
    <message>
        <source>The jurors' proposals of questions to %1. Approve them, edited and merged, into the letter to the finalist.</source>
        <translation>Jurymedlemmarnas förslag på frågor till %1. Godkänn dem, redigerade och sammanslagna, till brevet till finalisten.</translation>
    </message>
    <message>
        <source>Propose questions the jury could ask %1. The organiser collects the proposals of all jurors and sends the approved questions.</source>
        <translation>Föreslå frågor som juryn kan ställa till %1. Arrangören samlar alla jurymedlemmars förslag och skickar de godkända frågorna.</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Föreslå</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>Spara ändr&amp;ingen</translation>
    </message>
    <message>
        <source>New &amp;question:</source>
        <translation>Ny fråga:</translation>
    </message>
    <message>
        <source>Change the &amp;question:</source>
        <translation>Ändra frågan:</translation>
    </message>
    <message>
        <source>Changed question</source>
        <translation>Ändrad fråga</translation>
    </message>
    <message>
        <source>The question is proposed.</source>
        <translation>Frågan är föreslagen.</translation>
    </message>
    <message>
        <source>The question is changed.</source>
        <translation>Frågan är ändrad.</translation>
    </message>
    <message>
        <source>The question is withdrawn.</source>
        <translation>Frågan är återkallad.</translation>
    </message>
    <message>
        <source>Enter changes the chosen question, Delete withdraws it.</source>
        <translation>Enter ändrar den valda frågan, Delete återkallar den.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Återkalla</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Lossa</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Lossar panelen från fönstret och fäster den igen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Stänger panelen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>Application text</source>
        <translation>Ansökningstext</translation>
    </message>
    <message>
        <source>The chosen application. Attachments are linked at the end.</source>
        <translation>Den valda ansökan. Bilagorna länkas i slutet.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>inskickad %1</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Folkmängd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Municipality group</source>
        <translation>Kommungrupp</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>open in PDF viewer</source>
        <translation>öppna i pdf-läsare</translation>
    </message>
    <message>
        <source>Choose an application in the list to read it.</source>
        <translation>Välj en ansökan i listan för att läsa den.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), answered</source>
        <translation>
            <numerusform>%n fråga, besvarad</numerusform>
            <numerusform>%n frågor, besvarade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), %1 answered</source>
        <translation>
            <numerusform>%n fråga, %1 besvarade</numerusform>
            <numerusform>%n frågor, %1 besvarade</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Komplettering</translation>
    </message>
    <message>
        <source>Follow-up questions and answers</source>
        <translation>Kompletterande frågor och svar</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not answered yet; the reply is due %1.</source>
        <translation>Inte besvarad ännu; svaret ska komma senast %1.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Inte besvarad ännu.</translation>
    </message>
    <message>
        <source>The answer to the letter</source>
        <translation>Svaret på brevet</translation>
    </message>
    <message>
        <source>Answer as PDF, received %1:</source>
        <translation>Svar som PDF, inkom %1:</translation>
    </message>
</context>
<context>
    <name>ReturnFile</name>
    <message>
        <source>A return file is written from a juror package; this is the organiser's round file.</source>
        <translation>En inlämning skrivs från ett jurypaket; det här är arrangörens omgångsfil.</translation>
    </message>
    <message>
        <source>The package has no key for its juror; ask the organiser for a new package.</source>
        <translation>Paketet saknar nyckel för sin jurymedlem; be arrangören om ett nytt paket.</translation>
    </message>
</context>
<context>
    <name>RoundRepository</name>
    <message>
        <source>The round file has no round.</source>
        <translation>Omgångsfilen saknar omgång.</translation>
    </message>
    <message>
        <source>The award needs a name.</source>
        <translation>Utmärkelsen måste ha ett namn.</translation>
    </message>
    <message>
        <source>The year must be between 1900 and 2200.</source>
        <translation>Året måste ligga mellan 1900 och 2200.</translation>
    </message>
    <message>
        <source>The prize cannot be negative.</source>
        <translation>Prissumman kan inte vara negativ.</translation>
    </message>
    <message>
        <source>The number of finalists must be between 1 and 100.</source>
        <translation>Antalet finalister måste vara mellan 1 och 100.</translation>
    </message>
    <message>
        <source>change the round's settings</source>
        <translation>ändra omgångens inställningar</translation>
    </message>
    <message>
        <source>The screening mode cannot change after screening has closed.</source>
        <translation>Gallringsläget kan inte ändras när gallringen har avslutats.</translation>
    </message>
    <message>
        <source>The round is decided and locked: you cannot %1.</source>
        <translation>Omgången är beslutad och låst: det går inte att %1.</translation>
    </message>
    <message>
        <source>You can only %1 in the phase %2; the round is now in the phase “%3”.</source>
        <translation>Det går bara att %1 i fasen %2; omgången är nu i fasen ”%3”.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>The round is decided and locked; its phase cannot change.</source>
        <translation>Omgången är beslutad och låst; fasen kan inte ändras.</translation>
    </message>
    <message>
        <source>Screening cannot start before applications are imported.</source>
        <translation>Gallringen kan inte starta förrän ansökningar har importerats.</translation>
    </message>
    <message>
        <source>Screening cannot start before the jury has members.</source>
        <translation>Gallringen kan inte starta förrän juryn har medlemmar.</translation>
    </message>
    <message>
        <source>Screening cannot start without criteria.</source>
        <translation>Gallringen kan inte starta utan kriterier.</translation>
    </message>
    <message>
        <source>The final vote cannot start before the finalists are chosen.</source>
        <translation>Slutomröstningen kan inte starta förrän finalisterna är utsedda.</translation>
    </message>
    <message>
        <source>A round is decided by recording the jury's decision, which also locks it.</source>
        <translation>En omgång beslutas genom att juryns beslut registreras, vilket också låser den.</translation>
    </message>
    <message>
        <source>The round cannot go back to preparation: jurors have already scored, recommended or commented.</source>
        <translation>Omgången kan inte gå tillbaka till förberedelse: jurymedlemmar har redan satt poäng, rekommenderat eller kommenterat.</translation>
    </message>
    <message>
        <source>The round can go forward, or back one step, but not from “%1” to “%2”.</source>
        <translation>Omgången kan gå framåt, eller ett steg tillbaka, men inte från ”%1” till ”%2”.</translation>
    </message>
    <message>
        <source>change the phase</source>
        <translation>byta fas</translation>
    </message>
    <message>
        <source>This is a juror's package: only the organiser's round file can %1.</source>
        <translation>Det här är ett jurypaket: bara arrangörens omgångsfil kan %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a phase's name in quotation marks</comment>
        <translation>”%1”</translation>
    </message>
</context>
<context>
    <name>RoundSettingsDialog</name>
    <message>
        <source>Round settings</source>
        <translation>Omgångens inställningar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Inställningssidor</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>&amp;Jury</source>
        <translation>&amp;Jury</translation>
    </message>
    <message>
        <source>Saved changes</source>
        <translation>Sparade ändringar</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you make them.</source>
        <translation>Ändringar sparas direkt när du gör dem.</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Utmärkelse</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Prize in kronor</source>
        <translation>Prissumma i kronor</translation>
    </message>
    <message>
        <source>Number of finalists</source>
        <translation>Antal finalister</translation>
    </message>
    <message>
        <source>Independent: jurors see only their own work until screening closes</source>
        <translation>Oberoende: jurymedlemmarna ser bara sitt eget arbete tills gallringen avslutas</translation>
    </message>
    <message>
        <source>Open deliberation: shared comments are visible at once</source>
        <translation>Öppen överläggning: delade kommentarer syns direkt</translation>
    </message>
    <message>
        <source>Screening mode</source>
        <translation>Gallringsläge</translation>
    </message>
    <message>
        <source>Organiser contact</source>
        <translation>Arrangörens kontaktuppgifter</translation>
    </message>
    <message>
        <source>Printed in the letters to finalists.</source>
        <translation>Skrivs ut i breven till finalisterna.</translation>
    </message>
    <message>
        <source>Name, organisation, email, telephone</source>
        <translation>Namn, organisation, e-post, telefon</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>&amp;Utmärkelse:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Prize:</source>
        <translation>&amp;Prissumma:</translation>
    </message>
    <message>
        <source>&amp;Finalists:</source>
        <translation>&amp;Finalister:</translation>
    </message>
    <message>
        <source>Screening &amp;mode:</source>
        <translation>&amp;Gallringsläge:</translation>
    </message>
    <message>
        <source>Organiser &amp;contact:</source>
        <translation>Arrangörens kon&amp;takt:</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurymedlemmar</translation>
    </message>
    <message>
        <source>Press F2 to edit a name or organisation, Space to mark the chair.</source>
        <translation>Tryck F2 för att ändra namn eller organisation, blanksteg för att markera ordföranden.</translation>
    </message>
    <message>
        <source>New juror's name</source>
        <translation>Ny jurymedlems namn</translation>
    </message>
    <message>
        <source>New juror's organisation</source>
        <translation>Ny jurymedlems organisation</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>Ord&amp;förande</translation>
    </message>
    <message>
        <source>New juror is the chair</source>
        <translation>Den nya jurymedlemmen är ordförande</translation>
    </message>
    <message>
        <source>&amp;Add juror</source>
        <translation>&amp;Lägg till jurymedlem</translation>
    </message>
    <message>
        <source>Re&amp;move juror</source>
        <translation>&amp;Ta bort jurymedlem</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Ta bort jurymedlem</translation>
    </message>
    <message>
        <source>Remove %1 from the jury?</source>
        <translation>Ta bort %1 från juryn?</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Press F2 to edit a cell.</source>
        <translation>Tryck F2 för att ändra en cell.</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Lägg till kriterium</translation>
    </message>
    <message>
        <source>Re&amp;move criterion</source>
        <translation>&amp;Ta bort kriterium</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message>
        <source>Remove the criterion “%1”?</source>
        <translation>Ta bort kriteriet ”%1”?</translation>
    </message>
    <message>
        <source>%1 was added to the jury.</source>
        <translation>%1 har lagts till i juryn.</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nytt kriterium</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Cri&amp;teria</source>
        <translation>&amp;Kriterier</translation>
    </message>
</context>
<context>
    <name>RowMerger</name>
    <message>
        <source>score</source>
        <translation>poäng</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekommendation</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>jäv</translation>
    </message>
    <message>
        <source>follow-up question</source>
        <translation>kompletterande fråga</translation>
    </message>
    <message>
        <source>ballot</source>
        <translation>röstsedel</translation>
    </message>
    <message>
        <source>The juror %1 is not on this round's jury.</source>
        <translation>Jurymedlemmen %1 är inte med i omgångens jury.</translation>
    </message>
    <message>
        <source>The round is decided and locked; no more work can be merged into it.</source>
        <translation>Omgången är beslutad och låst; inget mer arbete kan tas emot.</translation>
    </message>
    <message>
        <source>The part “%1” is not a list.</source>
        <translation>Delen ”%1” är ingen lista.</translation>
    </message>
    <message>
        <source>A %1 row is not an object.</source>
        <translation>En rad (%1) är inget objekt.</translation>
    </message>
    <message>
        <source>A %1 row has no valid id.</source>
        <translation>En rad (%1) saknar giltigt id.</translation>
    </message>
    <message>
        <source>A %1 row belongs to another juror (%2).</source>
        <translation>En rad (%1) hör till en annan jurymedlem (%2).</translation>
    </message>
    <message>
        <source>A %1 row names a %2 this round does not have (%3).</source>
        <translation>En rad (%1) anger en %2 som omgången inte har (%3).</translation>
    </message>
    <message>
        <source>The %1 on %2 has an invalid “%3”.</source>
        <translation>Raden (%1) för %2 har ett ogiltigt ”%3”.</translation>
    </message>
    <message>
        <source>The %1 on %2 has no valid version.</source>
        <translation>Raden (%1) för %2 saknar giltig version.</translation>
    </message>
    <message>
        <source>The %1 on %2 does not belong to this juror.</source>
        <translation>Raden (%1) för %2 hör inte till den här jurymedlemmen.</translation>
    </message>
    <message>
        <source>The score %1 on %2 is outside the scale of “%3”.</source>
        <translation>Poängen %1 för %2 ligger utanför skalan för ”%3”.</translation>
    </message>
    <message>
        <source>The recommendation on %1 is not ja, kanske or nej.</source>
        <translation>Rekommendationen för %1 är inte ja, kanske eller nej.</translation>
    </message>
    <message>
        <source>The conflict of interest on %1 has an unknown origin.</source>
        <translation>Jävet för %1 har okänt ursprung.</translation>
    </message>
    <message>
        <source>The %1 on %2 belongs to another juror.</source>
        <translation>Raden (%1) för %2 hör till en annan jurymedlem.</translation>
    </message>
    <message>
        <source>The round's phase “%1” does not accept a changed %2 (on %3).</source>
        <translation>Omgångens fas ”%1” tar inte emot ändringar av typen %2 (för %3).</translation>
    </message>
    <message>
        <source>The juror has a conflict of interest on %1 and cannot send a %2 for it.</source>
        <translation>Jurymedlemmen är jävig för %1 och kan inte lämna in något av typen %2 för den.</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ej bedömd</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>Scores</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Finalist?</source>
        <translation>Finalist?</translation>
    </message>
    <message>
        <source>The jury's assessments</source>
        <translation>Juryns bedömningar</translation>
    </message>
    <message>
        <source>Register a conflict of &amp;interest…</source>
        <translation>Registrera j&amp;äv…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Rad&amp;era</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;Maybe</source>
        <translation>&amp;Kanske</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>Ingen rekommendation</translation>
    </message>
    <message>
        <source>Should the application be a finalist?</source>
        <translation>Bör ansökan bli finalist?</translation>
    </message>
    <message>
        <source>The jury's scores</source>
        <translation>Juryns poäng</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Jäv</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Kommentarens text</translation>
    </message>
    <message>
        <source>Write a comment on the application…</source>
        <translation>Skriv en kommentar om ansökan…</translation>
    </message>
    <message>
        <source>A shared comment is read by the whole jury; an unshared one only by you.</source>
        <translation>En delad kommentar läses av hela juryn; en odelad bara av dig.</translation>
    </message>
    <message>
        <source>Note (only you see it)</source>
        <translation>Anteckning (bara du ser den)</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Anteckning om %1</translation>
    </message>
    <message>
        <source>No application chosen</source>
        <translation>Ingen ansökan vald</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You see the jury's work as the organiser. Choose a juror under “Act as” to score for them.</source>
        <translation>Du ser juryns arbete som arrangör. Välj en jurymedlem under ”Agera som” för att bedöma i hennes eller hans ställe.</translation>
    </message>
    <message>
        <source>You are assessing as %1.</source>
        <translation>Du bedömer som %1.</translation>
    </message>
    <message>
        <source>Conflict of interest: %1. You take no part in assessing this application and do not see the other jurors' assessments of it.</source>
        <translation>Jäv: %1. Du deltar inte i bedömningen av ansökan och ser inte de andra jurymedlemmarnas bedömningar av den.</translation>
    </message>
    <message>
        <source>Scoring opens when the organiser starts the screening.</source>
        <translation>Poängsättningen öppnar när arrangören startar gallringen.</translation>
    </message>
    <message>
        <source>Screening has closed; scores and recommendations can no longer change.</source>
        <translation>Gallringen är avslutad; poäng och rekommendationer kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The round is decided and locked.</source>
        <translation>Omgången är beslutad och låst.</translation>
    </message>
    <message>
        <source>Scored %1 of %2</source>
        <translation>Bedömda %1 av %2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>jäv</translation>
    </message>
    <message>
        <source>No conflicts of interest are declared on this application.</source>
        <translation>Inga jäv är anmälda för ansökan.</translation>
    </message>
    <message>
        <source>Conflicts of interest: %1</source>
        <translation>Jäv: %1</translation>
    </message>
    <message>
        <source>Shared comments</source>
        <translation>Delade kommentarer</translation>
    </message>
    <message>
        <source>Score %1 on %2</source>
        <translation>Poäng %1 på %2</translation>
    </message>
    <message>
        <source>Clear the score on %1</source>
        <translation>Ta bort poängen på %1</translation>
    </message>
    <message>
        <source>%1: %2, saved.</source>
        <translation>%1: %2, sparat.</translation>
    </message>
    <message>
        <source>Recommendation saved: %1.</source>
        <translation>Rekommendationen sparad: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The conflict of interest on %1 was withdrawn.</source>
        <translation>Jävet för %1 återkallades.</translation>
    </message>
    <message>
        <source>The conflict of interest on %1 is recorded.</source>
        <translation>Jävet för %1 är registrerat.</translation>
    </message>
    <message>
        <source>The comment was deleted.</source>
        <translation>Kommentaren raderades.</translation>
    </message>
    <message>
        <source>The comment was saved.</source>
        <translation>Kommentaren sparades.</translation>
    </message>
    <message>
        <source>Ne&amp;w comment</source>
        <translation>N&amp;y kommentar</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>Än&amp;dra</translation>
    </message>
    <message>
        <source>Share with the &amp;jury</source>
        <translation>Dela med j&amp;uryn</translation>
    </message>
    <message>
        <source>Save &amp;comment</source>
        <translation>&amp;Spara kommentar</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Withdraw the conflict of &amp;interest</source>
        <translation>Återkalla j&amp;ävet</translation>
    </message>
    <message>
        <source>Declare a conflict of &amp;interest…</source>
        <translation>Anmäl j&amp;äv…</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Jurymedlem</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Per criterion</source>
        <translation>Per kriterium</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ej bedömd</translation>
    </message>
</context>
<context>
    <name>ScoringSheet</name>
    <message numerus="yes">
        <source>Read %n row(s): %1 scores, %2 recommendations, %3 comments and %4 conflicts of interest changed.</source>
        <translation>
            <numerusform>Läste %n rad: %1 poäng, %2 rekommendationer, %3 kommentarer och %4 jäv ändrades.</numerusform>
            <numerusform>Läste %n rader: %1 poäng, %2 rekommendationer, %3 kommentarer och %4 jäv ändrades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scoring sheet could not be read from the round file.</source>
        <translation>Bedömningsarket gick inte att läsa från omgångsfilen.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen går inte att läsa: %1</translation>
    </message>
    <message>
        <source>import a screening sheet</source>
        <translation>importera ett bedömningsark för gallringen</translation>
    </message>
    <message>
        <source>The column “%1” is neither a criterion of this round nor a column of the scoring sheet.</source>
        <translation>Kolumnen ”%1” är varken ett kriterium i omgången eller en kolumn i bedömningsarket.</translation>
    </message>
    <message>
        <source>The sheet has no “id” column; export a new sheet and fill that in.</source>
        <translation>Arket saknar kolumnen ”id”; exportera ett nytt ark och fyll i det.</translation>
    </message>
    <message>
        <source>The line has more fields than the header.</source>
        <translation>Raden har fler fält än rubrikraden.</translation>
    </message>
    <message>
        <source>No application in this round has the id “%1”.</source>
        <translation>Ingen ansökan i omgången har id ”%1”.</translation>
    </message>
    <message>
        <source>The application is already on line %1.</source>
        <translation>Ansökan finns redan på rad %1.</translation>
    </message>
    <message>
        <source>A score is given on an application with a conflict of interest. Leave the scores empty, or remove the conflict.</source>
        <translation>Det finns poäng på en ansökan med jäv. Lämna poängen tomma eller ta bort jävet.</translation>
    </message>
    <message>
        <source>“%1” is not a score on the scale %2–%3.</source>
        <translation>”%1” är ingen poäng på skalan %2–%3.</translation>
    </message>
    <message>
        <source>“%1” is not a recommendation; write ja, kanske or nej.</source>
        <translation>”%1” är ingen rekommendation; skriv ja, kanske eller nej.</translation>
    </message>
    <message>
        <source>A recommendation is given on an application with a conflict of interest.</source>
        <translation>Det finns en rekommendation på en ansökan med jäv.</translation>
    </message>
    <message numerus="yes">
        <source>Read the ballot: %n finalist(s) ranked.</source>
        <translation>
            <numerusform>Röstsedeln lästes in: %n finalist rangordnad.</numerusform>
            <numerusform>Röstsedeln lästes in: %n finalister rangordnade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The column “%1” does not belong in the final vote's sheet (id;Kommun;Titel;Rang).</source>
        <translation>Kolumnen ”%1” hör inte hemma i slutomröstningens ark (id;Kommun;Titel;Rang).</translation>
    </message>
    <message>
        <source>The final vote's sheet needs the columns “id” and “Rang”; export a new sheet.</source>
        <translation>Slutomröstningens ark behöver kolumnerna ”id” och ”Rang”; exportera ett nytt ark.</translation>
    </message>
    <message>
        <source>The application is not a finalist and cannot be ranked.</source>
        <translation>Ansökan är ingen finalist och kan inte rangordnas.</translation>
    </message>
    <message>
        <source>“%1” is not a rank; write 1 for the best, 2 for the next, and so on.</source>
        <translation>”%1” är ingen rang; skriv 1 för den bästa, 2 för nästa och så vidare.</translation>
    </message>
    <message>
        <source>A rank is given to a finalist the juror has a conflict of interest on.</source>
        <translation>En rang har getts till en finalist som jurymedlemmen är jävig för.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Kanske</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Oläst</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läst</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bedömd</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Jäv</translation>
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <source>Only a juror's package writes a return file.</source>
        <translation>Bara ett jurypaket skriver inlämningsfiler.</translation>
    </message>
    <message>
        <source>The return file could not be written to the shared folder: %1</source>
        <translation>Inlämningen gick inte att skriva till den delade mappen: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>TallyMatrixModel</name>
    <message numerus="yes">
        <source>%n juror(s) rank %1 above %2.</source>
        <translation>
            <numerusform>%n jurymedlem rangordnar %1 före %2.</numerusform>
            <numerusform>%n jurymedlemmar rangordnar %1 före %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The strongest path from %1 to %2 has strength %3.</source>
        <translation>Den starkaste vägen från %1 till %2 har styrkan %3.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (delad)</translation>
    </message>
    <message>
        <source>The place by the Schulze method, which decides the vote.</source>
        <translation>Platsen enligt Schulzemetoden, som avgör omröstningen.</translation>
    </message>
    <message>
        <source>Borda count: on each ballot a finalist gets a point for every finalist ranked below it and half a point for every finalist tied with it.</source>
        <translation>Bordaräkning: på varje röstsedel får en finalist en poäng för varje finalist som rangordnats under den och en halv poäng för varje finalist med samma plats.</translation>
    </message>
    <message>
        <source>First places: how many jurors ranked the finalist first (tied first places share the point).</source>
        <translation>Förstaplatser: hur många jurymedlemmar som satte finalisten först (delade förstaplatser delar på poängen).</translation>
    </message>
    <message>
        <source>The finalist's rank on the screening leaderboard.</source>
        <translation>Finalistens plats på gallringens topplista.</translation>
    </message>
    <message>
        <source>Place (Schulze)</source>
        <translation>Plats (Schulze)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Place (Borda)</source>
        <translation>Plats (Borda)</translation>
    </message>
    <message>
        <source>Borda points</source>
        <translation>Bordapoäng</translation>
    </message>
    <message>
        <source>Place (first places)</source>
        <translation>Plats (förstaplatser)</translation>
    </message>
    <message>
        <source>First places</source>
        <translation>Förstaplatser</translation>
    </message>
    <message>
        <source>Screening rank</source>
        <translation>Plats i gallringen</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>Count &amp;again</source>
        <translation>Räkna &amp;om</translation>
    </message>
    <message>
        <source>Count of the final vote</source>
        <translation>Rösträkning i slutomröstningen</translation>
    </message>
    <message>
        <source>The Schulze method decides. Borda, first places and the screening are shown beside it for comparison; the winner is in bold.</source>
        <translation>Schulzemetoden avgör. Borda, förstaplatser och gallringen visas bredvid som jämförelse; vinnaren står i fetstil.</translation>
    </message>
    <message>
        <source>The finalists by the count</source>
        <translation>Finalisterna enligt rösträkningen</translation>
    </message>
    <message>
        <source>Pairwise preferences</source>
        <translation>Parvisa preferenser</translation>
    </message>
    <message>
        <source>How many jurors rank the row's finalist above the column's.</source>
        <translation>Hur många jurymedlemmar som rangordnar radens finalist före kolumnens.</translation>
    </message>
    <message>
        <source>Strongest paths</source>
        <translation>Starkaste vägar</translation>
    </message>
    <message>
        <source>The strength of the strongest chain of majorities from the row's finalist to the column's; the row comes first when its number is larger than the mirrored one.</source>
        <translation>Styrkan i den starkaste kedjan av majoriteter från radens finalist till kolumnens; raden kommer först när dess tal är större än det speglade.</translation>
    </message>
    <message>
        <source>No juror has ranked the finalists yet.</source>
        <translation>Ingen jurymedlem har rangordnat finalisterna ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) counted.</source>
        <translation>
            <numerusform>%n röstsedel räknad.</numerusform>
            <numerusform>%n röstsedlar räknade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schulze ties for first place between %1. The chair's casting vote decides, but the jury has no chair: mark the chair in the round's settings.</source>
        <translation>Schulze ger delad förstaplats mellan %1. Ordförandens utslagsröst avgör, men juryn har ingen ordförande: markera ordföranden i omgångens inställningar.</translation>
    </message>
    <message>
        <source>Schulze ties for first place between %1. The chair's casting vote decides (the chair: %2).</source>
        <translation>Schulze ger delad förstaplats mellan %1. Ordförandens utslagsröst avgör (ordförande: %2).</translation>
    </message>
    <message>
        <source>The methods do not agree on the winner. Schulze, which decides, puts %1 first.</source>
        <translation>Metoderna är inte eniga om vinnaren. Schulze, som avgör, sätter %1 först.</translation>
    </message>
    <message>
        <source>Borda puts %1 first.</source>
        <translation>Borda sätter %1 först.</translation>
    </message>
    <message>
        <source>Most first places: %1.</source>
        <translation>Flest förstaplatser: %1.</translation>
    </message>
    <message>
        <source>The screening put %1 first.</source>
        <translation>Gallringen satte %1 först.</translation>
    </message>
    <message>
        <source>Show the &amp;decision…</source>
        <translation>Visa &amp;beslutet…</translation>
    </message>
    <message>
        <source>Record the &amp;decision…</source>
        <translation>Registrera &amp;beslutet…</translation>
    </message>
</context>
<context>
    <name>VoteText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
</context>
<context>
    <name>WorkCommand</name>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Ändra kommentar</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Radera kommentar</translation>
    </message>
</context>
<context>
    <name>WorkRepository</name>
    <message>
        <source>The juror, application or criterion no longer exists.</source>
        <translation>Jurymedlemmen, ansökan eller kriteriet finns inte längre.</translation>
    </message>
    <message>
        <source>A conflict of interest is declared for this juror on this application, so they cannot %1.</source>
        <translation>Jurymedlemmen har anmält jäv för ansökan och kan därför inte %1.</translation>
    </message>
    <message>
        <source>change scores</source>
        <translation>ändra poäng</translation>
    </message>
    <message>
        <source>score it</source>
        <translation>sätta poäng på den</translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation>Kriteriet finns inte längre.</translation>
    </message>
    <message>
        <source>%1 is outside the scale of “%2”, which goes from %3 to %4.</source>
        <translation>%1 ligger utanför skalan för ”%2”, som går från %3 till %4.</translation>
    </message>
    <message>
        <source>change recommendations</source>
        <translation>ändra rekommendationer</translation>
    </message>
    <message>
        <source>recommend it</source>
        <translation>rekommendera den</translation>
    </message>
    <message>
        <source>write comments</source>
        <translation>skriva kommentarer</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Kommentaren är tom.</translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation>Kommentaren finns inte längre.</translation>
    </message>
    <message>
        <source>Only the author of a comment can change or delete it.</source>
        <translation>Bara den som skrivit en kommentar kan ändra eller radera den.</translation>
    </message>
    <message>
        <source>change comments</source>
        <translation>ändra kommentarer</translation>
    </message>
    <message>
        <source>The comment is empty; delete it instead.</source>
        <translation>Kommentaren är tom; radera den i stället.</translation>
    </message>
    <message>
        <source>delete comments</source>
        <translation>radera kommentarer</translation>
    </message>
    <message>
        <source>declare conflicts of interest</source>
        <translation>anmäla jäv</translation>
    </message>
    <message>
        <source>Give a reason for the conflict of interest.</source>
        <translation>Ange skälet till jävet.</translation>
    </message>
    <message>
        <source>withdraw conflicts of interest</source>
        <translation>återkalla jäv</translation>
    </message>
    <message>
        <source>This package belongs to another juror; only their own work can change in it.</source>
        <translation>Paketet hör till en annan jurymedlem; bara hennes eller hans eget arbete kan ändras i det.</translation>
    </message>
    <message>
        <source>register conflicts of interest for jurors</source>
        <translation>registrera jäv för jurymedlemmar</translation>
    </message>
</context>
</TS>
