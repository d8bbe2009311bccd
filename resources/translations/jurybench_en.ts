<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record the answer from %1</source>
        <translation>Record the answer from %1</translation>
    </message>
    <message>
        <source>The whole letter</source>
        <translation>The whole letter</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <source>What the answer answers</source>
        <translation>What the answer answers</translation>
    </message>
    <message>
        <source>The answer's text</source>
        <translation>The answer's text</translation>
    </message>
    <message>
        <source>Paste the answer. Numbered answers (1. … 2. …) are shown under their questions.</source>
        <translation>Paste the answer. Numbered answers (1. … 2. …) are shown under their questions.</translation>
    </message>
    <message>
        <source>The answer as a PDF file</source>
        <translation>The answer as a PDF file</translation>
    </message>
    <message>
        <source>No PDF</source>
        <translation>No PDF</translation>
    </message>
    <message>
        <source>&amp;Choose PDF…</source>
        <translation>&amp;Choose PDF…</translation>
    </message>
    <message>
        <source>Choose the answer's PDF file</source>
        <translation>Choose the answer's PDF file</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Answers:</translation>
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
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>Choose the answer's PDF</source>
        <translation>Choose the answer's PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: the file cannot be read: %2</translation>
    </message>
    <message>
        <source>Record the ans&amp;wer</source>
        <translation>Record the ans&amp;wer</translation>
    </message>
</context>
<context>
    <name>ApplicationImporter</name>
    <message numerus="yes">
        <source>Imported %n application(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation><numerusform>Imported %n application: %1 new, %2 changed, %3 unchanged.</numerusform><numerusform>Imported %n applications: %1 new, %2 changed, %3 unchanged.</numerusform></translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Please check:</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>the PDF is password-protected</translation>
    </message>
    <message>
        <source>the file cannot be read as a PDF</source>
        <translation>the file cannot be read as a PDF</translation>
    </message>
    <message>
        <source>The attachment “%1” lies outside the attachments folder.</source>
        <translation>The attachment “%1” lies outside the attachments folder.</translation>
    </message>
    <message>
        <source>The attachment “%1” was not found in the folder %2.</source>
        <translation>The attachment “%1” was not found in the folder %2.</translation>
    </message>
    <message>
        <source>The attachment “%1” cannot be read: %2</source>
        <translation>The attachment “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The attachment “%1” is larger than 200 MB.</source>
        <translation>The attachment “%1” is larger than 200 MB.</translation>
    </message>
    <message>
        <source>The attachment “%1” is not a PDF file.</source>
        <translation>The attachment “%1” is not a PDF file.</translation>
    </message>
    <message>
        <source>The attachment “%1” cannot be used: %2.</source>
        <translation>The attachment “%1” cannot be used: %2.</translation>
    </message>
    <message>
        <source>The column mapping does not fit the file's %1 columns.</source>
        <translation>The column mapping does not fit the file's %1 columns.</translation>
    </message>
    <message>
        <source>Two columns are marked as “%1”.</source>
        <translation>Two columns are marked as “%1”.</translation>
    </message>
    <message>
        <source>The file has no column “Kommun” (or “Municipality”). Columns found: %1.</source>
        <translation>The file has no column “Kommun” (or “Municipality”). Columns found: %1.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header line; name it or choose “Ignore” for it.</source>
        <translation>Column %1 has no name in the header line; name it or choose “Ignore” for it.</translation>
    </message>
    <message>
        <source>The attachments folder %1 does not exist.</source>
        <translation>The attachments folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>The line has %1 fields but the header has %2. A text containing “%3” may be missing its quotation marks.</source>
        <translation>The line has %1 fields but the header has %2. A text containing “%3” may be missing its quotation marks.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>The municipality is missing.</source>
        <translation>The municipality is missing.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-05-12 or 12 maj 2026.</source>
        <translation>“%1” is not a date; write it as 2026-05-12 or 12 maj 2026.</translation>
    </message>
    <message>
        <source>This application is the same as the one on line %1 (same %2). Remove one of them.</source>
        <translation>This application is the same as the one on line %1 (same %2). Remove one of them.</translation>
    </message>
    <message>
        <source>municipality and title</source>
        <translation>municipality and title</translation>
    </message>
    <message>
        <source>application id</source>
        <translation>application id</translation>
    </message>
    <message>
        <source>The file has a header but no applications.</source>
        <translation>The file has a header but no applications.</translation>
    </message>
    <message>
        <source>import applications</source>
        <translation>import applications</translation>
    </message>
</context>
<context>
    <name>ApplicationListPanel</name>
    <message>
        <source>Search the applications</source>
        <translation>Search the applications</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Finds applications containing every word typed, attachments included. Results appear while you type.</source>
        <translation>Finds applications containing every word typed, attachments included. Results appear while you type.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <source>Filter by county</source>
        <translation>Filter by county</translation>
    </message>
    <message>
        <source>Filter by municipality group</source>
        <translation>Filter by municipality group</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose an application; the reader shows the one chosen.</source>
        <translation>Use the arrow keys to choose an application; the reader shows the one chosen.</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) match the search</source>
        <translation><numerusform>%1 of %n application match the search</numerusform><numerusform>%1 of %n applications match the search</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation><numerusform>%n application</numerusform><numerusform>%n applications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) shown</source>
        <translation><numerusform>%1 of %n application shown</numerusform><numerusform>%1 of %n applications shown</numerusform></translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Gro&amp;up:</translation>
    </message>
    <message>
        <source>Unread by me</source>
        <translation>Unread by me</translation>
    </message>
    <message>
        <source>Not fully scored by me</source>
        <translation>Not fully scored by me</translation>
    </message>
    <message>
        <source>Scored by me</source>
        <translation>Scored by me</translation>
    </message>
    <message>
        <source>My conflicts of interest</source>
        <translation>My conflicts of interest</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>There is no application with the id %1 in this round.</source>
        <translation>There is no application with the id %1 in this round.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>The application no longer exists.</translation>
    </message>
    <message>
        <source>The attachment is missing from the round file.</source>
        <translation>The attachment is missing from the round file.</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>Not advanced</source>
        <translation>Not advanced</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>%1 inhabitants (%2)</source>
        <translation>%1 inhabitants (%2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Municipality group</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Scored by</translation>
    </message>
    <message>
        <source>My assessment</source>
        <translation>My assessment</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Back to the application</source>
        <translation>Back to the application</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Fit the page to the width</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Open in PDF viewer</translation>
    </message>
    <message>
        <source>Open in the system's PDF viewer</source>
        <translation>Open in the system's PDF viewer</translation>
    </message>
    <message>
        <source>PDF attachment</source>
        <translation>PDF attachment</translation>
    </message>
    <message>
        <source>Page Up and Page Down turn the pages.</source>
        <translation>Page Up and Page Down turn the pages.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (shared)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Place %1</translation>
    </message>
    <message>
        <source>Shared place %1</source>
        <translation>Shared place %1</translation>
    </message>
    <message>
        <source>Unranked (below every ranked finalist)</source>
        <translation>Unranked (below every ranked finalist)</translation>
    </message>
    <message>
        <source>Conflict of interest: cannot be ranked</source>
        <translation>Conflict of interest: cannot be ranked</translation>
    </message>
    <message>
        <source>You have a conflict of interest on %1 and take no part in ranking it.</source>
        <translation>You have a conflict of interest on %1 and take no part in ranking it.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>You have a conflict of interest on %1, so you cannot rank it.</source>
        <translation>You have a conflict of interest on %1, so you cannot rank it.</translation>
    </message>
    <message>
        <source>Choose a finalist first.</source>
        <translation>Choose a finalist first.</translation>
    </message>
</context>
<context>
    <name>BallotPanel</name>
    <message>
        <source>Final vote</source>
        <translation>Final vote</translation>
    </message>
    <message>
        <source>Final vote: rank the finalists</source>
        <translation>Final vote: rank the finalists</translation>
    </message>
    <message>
        <source>1 = best. Drag a finalist to its place, or select it and press Alt+Up or Alt+Down. Alt+Right makes it equal to the one above, Alt+Left undoes that, and Delete makes it unranked (below every ranked finalist). Every change is stored at once.</source>
        <translation>1 = best. Drag a finalist to its place, or select it and press Alt+Up or Alt+Down. Alt+Right makes it equal to the one above, Alt+Left undoes that, and Delete makes it unranked (below every ranked finalist). Every change is stored at once.</translation>
    </message>
    <message>
        <source>Your ranking of the finalists</source>
        <translation>Your ranking of the finalists</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>One place better</source>
        <translation>One place better</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>One place worse</source>
        <translation>One place worse</translation>
    </message>
    <message>
        <source>Equal to the one above</source>
        <translation>Equal to the one above</translation>
    </message>
    <message>
        <source>The same rank as the finalist above</source>
        <translation>The same rank as the finalist above</translation>
    </message>
    <message>
        <source>Not equal</source>
        <translation>Not equal</translation>
    </message>
    <message>
        <source>No longer the same rank as the finalist above</source>
        <translation>No longer the same rank as the finalist above</translation>
    </message>
    <message>
        <source>Unranked</source>
        <translation>Unranked</translation>
    </message>
    <message>
        <source>Below every ranked finalist</source>
        <translation>Below every ranked finalist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a finalist first.</source>
        <translation>Choose a finalist first.</translation>
    </message>
    <message>
        <source>The ranking cannot change now.</source>
        <translation>The ranking cannot change now.</translation>
    </message>
    <message>
        <source>%1: place %2 of %3.</source>
        <translation>%1: place %2 of %3.</translation>
    </message>
    <message>
        <source>%1: shared place %2 with %3.</source>
        <translation>%1: shared place %2 with %3.</translation>
    </message>
    <message>
        <source>%1: unranked.</source>
        <translation>%1: unranked.</translation>
    </message>
    <message>
        <source>%1: conflict of interest, cannot be ranked.</source>
        <translation>%1: conflict of interest, cannot be ranked.</translation>
    </message>
    <message>
        <source>You see the final vote as the organiser. Choose a juror under “Act as” to rank the finalists for them.</source>
        <translation>You see the final vote as the organiser. Choose a juror under “Act as” to rank the finalists for them.</translation>
    </message>
    <message>
        <source>You are ranking as %1.</source>
        <translation>You are ranking as %1.</translation>
    </message>
    <message>
        <source>The round is decided and locked; the ranking can no longer change.</source>
        <translation>The round is decided and locked; the ranking can no longer change.</translation>
    </message>
    <message>
        <source>The final vote has not started: the round is in the phase “%1”.</source>
        <translation>The final vote has not started: the round is in the phase “%1”.</translation>
    </message>
    <message>
        <source>Only the juror this package belongs to can rank in it.</source>
        <translation>Only the juror this package belongs to can rank in it.</translation>
    </message>
    <message>
        <source>Conflict of interest: you take no part in ranking %1.</source>
        <translation>Conflict of interest: you take no part in ranking %1.</translation>
    </message>
    <message>
        <source>There are no finalists to rank.</source>
        <translation>There are no finalists to rank.</translation>
    </message>
    <message>
        <source>%1 of %2 finalists ranked.</source>
        <translation>%1 of %2 finalists ranked.</translation>
    </message>
</context>
<context>
    <name>BallotRepository</name>
    <message>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>This package belongs to another juror; only their own ballot can change in it.</source>
        <translation>This package belongs to another juror; only their own ballot can change in it.</translation>
    </message>
    <message>
        <source>The juror no longer exists.</source>
        <translation>The juror no longer exists.</translation>
    </message>
    <message>
        <source>Only finalists can be ranked.</source>
        <translation>Only finalists can be ranked.</translation>
    </message>
    <message>
        <source>Ranks start at 1 (the best).</source>
        <translation>Ranks start at 1 (the best).</translation>
    </message>
    <message>
        <source>A juror with a conflict of interest on %1 cannot rank it.</source>
        <translation>A juror with a conflict of interest on %1 cannot rank it.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>Application id</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Text section</source>
        <translation>Text section</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>jurybench: error: %1</source>
        <translation>jurybench: error: %1</translation>
    </message>
    <message>
        <source>jurybench: %1</source>
        <translation>jurybench: %1</translation>
    </message>
    <message>
        <source>Run “jurybench --help” to see how the commands are written.</source>
        <translation>Run “jurybench --help” to see how the commands are written.</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>No command was given.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>Where to write the demo round.</source>
        <translation>Where to write the demo round.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Replace an existing file.</translation>
    </message>
    <message>
        <source>demo without --out opens the window.</source>
        <translation>demo without --out opens the window.</translation>
    </message>
    <message>
        <source>%1 is not a round file, so it is not replaced.</source>
        <translation>%1 is not a round file, so it is not replaced.</translation>
    </message>
    <message>
        <source>The demo round was written to %1.</source>
        <translation>The demo round was written to %1.</translation>
    </message>
    <message>
        <source>The award's name.</source>
        <translation>The award's name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>The year.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>The prize in kronor.</source>
        <translation>The prize in kronor.</translation>
    </message>
    <message>
        <source>SEK</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>How many finalists are chosen.</source>
        <translation>How many finalists are chosen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>new needs exactly one FILE.</source>
        <translation>new needs exactly one FILE.</translation>
    </message>
    <message>
        <source>new needs --award and --year.</source>
        <translation>new needs --award and --year.</translation>
    </message>
    <message>
        <source>--year must be a year, such as 2026.</source>
        <translation>--year must be a year, such as 2026.</translation>
    </message>
    <message>
        <source>--prize must be a whole number of kronor.</source>
        <translation>--prize must be a whole number of kronor.</translation>
    </message>
    <message>
        <source>--finalists must be a whole number.</source>
        <translation>--finalists must be a whole number.</translation>
    </message>
    <message>
        <source>Write “jurybench juror add FILE --name NAME --organisation ORG”.</source>
        <translation>Write “jurybench juror add FILE --name NAME --organisation ORG”.</translation>
    </message>
    <message>
        <source>The juror's name.</source>
        <translation>The juror's name.</translation>
    </message>
    <message>
        <source>The juror's organisation.</source>
        <translation>The juror's organisation.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>The juror chairs the jury.</source>
        <translation>The juror chairs the jury.</translation>
    </message>
    <message>
        <source>juror add needs exactly one FILE.</source>
        <translation>juror add needs exactly one FILE.</translation>
    </message>
    <message>
        <source>juror add needs --name.</source>
        <translation>juror add needs --name.</translation>
    </message>
    <message>
        <source>Write “jurybench criterion add FILE --name NAME”.</source>
        <translation>Write “jurybench criterion add FILE --name NAME”.</translation>
    </message>
    <message>
        <source>The criterion's name.</source>
        <translation>The criterion's name.</translation>
    </message>
    <message>
        <source>Its weight.</source>
        <translation>Its weight.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Its scale.</source>
        <translation>Its scale.</translation>
    </message>
    <message>
        <source>MIN-MAX</source>
        <translation>MIN-MAX</translation>
    </message>
    <message>
        <source>Guidance for jurors.</source>
        <translation>Guidance for jurors.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>criterion add needs exactly one FILE.</source>
        <translation>criterion add needs exactly one FILE.</translation>
    </message>
    <message>
        <source>criterion add needs --name.</source>
        <translation>criterion add needs --name.</translation>
    </message>
    <message>
        <source>--weight must be a number, such as 1.5.</source>
        <translation>--weight must be a number, such as 1.5.</translation>
    </message>
    <message>
        <source>--scale must be written MIN-MAX, such as 1-5.</source>
        <translation>--scale must be written MIN-MAX, such as 1-5.</translation>
    </message>
    <message>
        <source>The folder with the PDF attachments.</source>
        <translation>The folder with the PDF attachments.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>import needs a round FILE and a CSV file.</source>
        <translation>import needs a round FILE and a CSV file.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>status needs exactly one FILE.</source>
        <translation>status needs exactly one FILE.</translation>
    </message>
    <message>
        <source>%1 %2, phase: %3</source>
        <translation>%1 %2, phase: %3</translation>
    </message>
    <message>
        <source>Prize: %1</source>
        <translation>Prize: %1</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message numerus="yes">
        <source>Jury: %n juror(s)</source>
        <translation><numerusform>Jury: %n juror</numerusform><numerusform>Jury: %n jurors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Criteria: %n</source>
        <translation><numerusform>Criteria: %n</numerusform><numerusform>Criteria: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Applications: %n</source>
        <translation><numerusform>Applications: %n</numerusform><numerusform>Applications: %n</numerusform></translation>
    </message>
    <message>
        <source>phase needs a FILE and a phase: preparation, screening, followup, vote or decided.</source>
        <translation>phase needs a FILE and a phase: preparation, screening, followup, vote or decided.</translation>
    </message>
    <message>
        <source>“%1” is not a phase; write preparation, screening, followup, vote or decided.</source>
        <translation>“%1” is not a phase; write preparation, screening, followup, vote or decided.</translation>
    </message>
    <message>
        <source>The round is now in the phase “%1”.</source>
        <translation>The round is now in the phase “%1”.</translation>
    </message>
    <message>
        <source>Write “jurybench sheet export FILE --juror ID --out SHEET.csv” or “jurybench sheet import FILE SHEET.csv --juror ID”.</source>
        <translation>Write “jurybench sheet export FILE --juror ID --out SHEET.csv” or “jurybench sheet import FILE SHEET.csv --juror ID”.</translation>
    </message>
    <message>
        <source>The juror's id.</source>
        <translation>The juror's id.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Where to write the sheet.</source>
        <translation>Where to write the sheet.</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <source>sheet needs --juror.</source>
        <translation>sheet needs --juror.</translation>
    </message>
    <message>
        <source>sheet export needs a FILE and --out SHEET.csv.</source>
        <translation>sheet export needs a FILE and --out SHEET.csv.</translation>
    </message>
    <message>
        <source>sheet import needs a FILE and a SHEET.csv.</source>
        <translation>sheet import needs a FILE and a SHEET.csv.</translation>
    </message>
    <message>
        <source>The sheet could not be written: %1</source>
        <translation>The sheet could not be written: %1</translation>
    </message>
    <message>
        <source>The scoring sheet of %1 was written to %2.</source>
        <translation>The scoring sheet of %1 was written to %2.</translation>
    </message>
    <message>
        <source>An application chosen as finalist.</source>
        <translation>An application chosen as finalist.</translation>
    </message>
    <message>
        <source>Why the choice differs from the suggestion.</source>
        <translation>Why the choice differs from the suggestion.</translation>
    </message>
    <message>
        <source>finalists needs exactly one FILE.</source>
        <translation>finalists needs exactly one FILE.</translation>
    </message>
    <message>
        <source>A package for every juror.</source>
        <translation>A package for every juror.</translation>
    </message>
    <message>
        <source>The package (or, with --all, the folder).</source>
        <translation>The package (or, with --all, the folder).</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PKG</translation>
    </message>
    <message>
        <source>Write “jurybench package FILE --juror ID --out PKG” or “jurybench package FILE --all --out FOLDER”.</source>
        <translation>Write “jurybench package FILE --juror ID --out PKG” or “jurybench package FILE --all --out FOLDER”.</translation>
    </message>
    <message>
        <source>The package of %1 was written to %2.</source>
        <translation>The package of %1 was written to %2.</translation>
    </message>
    <message>
        <source>Where to write the return file.</source>
        <translation>Where to write the return file.</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>RETURN</translation>
    </message>
    <message>
        <source>Write “jurybench return PKG --out RETURN”.</source>
        <translation>Write “jurybench return PKG --out RETURN”.</translation>
    </message>
    <message>
        <source>The return file could not be written: %1</source>
        <translation>The return file could not be written: %1</translation>
    </message>
    <message>
        <source>The return file was written to %1.</source>
        <translation>The return file was written to %1.</translation>
    </message>
    <message>
        <source>merge needs the round FILE and at least one return file.</source>
        <translation>merge needs the round FILE and at least one return file.</translation>
    </message>
    <message>
        <source>unknown juror</source>
        <translation>unknown juror</translation>
    </message>
    <message>
        <source>%1 (%2): %3 added, %4 updated, %5 unchanged, %6 refused.</source>
        <translation>%1 (%2): %3 added, %4 updated, %5 unchanged, %6 refused.</translation>
    </message>
    <message>
        <source>jurybench: refused: %1</source>
        <translation>jurybench: refused: %1</translation>
    </message>
    <message>
        <source>log needs exactly one FILE.</source>
        <translation>log needs exactly one FILE.</translation>
    </message>
    <message>
        <source>%1  %2  %3  added %4, updated %5, unchanged %6  SHA-256 %7</source>
        <translation>%1  %2  %3  added %4, updated %5, unchanged %6  SHA-256 %7</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The finalist's id.</source>
        <translation>The finalist's id.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>The question.</translation>
    </message>
    <message>
        <source>The date to answer by.</source>
        <translation>The date to answer by.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The folder for the letters.</source>
        <translation>The folder for the letters.</translation>
    </message>
    <message>
        <source>Write “jurybench questions add|propose|letters FILE …”.</source>
        <translation>Write “jurybench questions add|propose|letters FILE …”.</translation>
    </message>
    <message>
        <source>questions letters needs --out DIR.</source>
        <translation>questions letters needs --out DIR.</translation>
    </message>
    <message>
        <source>questions %1 needs --finalist and --text.</source>
        <translation>questions %1 needs --finalist and --text.</translation>
    </message>
    <message>
        <source>--reply-by must be a date, such as 2026-04-15.</source>
        <translation>--reply-by must be a date, such as 2026-04-15.</translation>
    </message>
    <message>
        <source>The answer as text.</source>
        <translation>The answer as text.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The answer as a PDF.</source>
        <translation>The answer as a PDF.</translation>
    </message>
    <message>
        <source>When the answer arrived.</source>
        <translation>When the answer arrived.</translation>
    </message>
    <message>
        <source>Write “jurybench answer FILE --finalist ID --text-file F” (or --pdf F, or both).</source>
        <translation>Write “jurybench answer FILE --finalist ID --text-file F” (or --pdf F, or both).</translation>
    </message>
    <message>
        <source>--received must be a date, such as 2026-04-15.</source>
        <translation>--received must be a date, such as 2026-04-15.</translation>
    </message>
    <message>
        <source>The answer was recorded.</source>
        <translation>The answer was recorded.</translation>
    </message>
    <message>
        <source>tally needs exactly one FILE.</source>
        <translation>tally needs exactly one FILE.</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>No ballots yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s).</source>
        <translation><numerusform>%n ballot.</numerusform><numerusform>%n ballots.</numerusform></translation>
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
        <translation>Plurality</translation>
    </message>
    <message>
        <source>The vote ties for first place; the chair's casting vote decides.</source>
        <translation>The vote ties for first place; the chair's casting vote decides.</translation>
    </message>
    <message>
        <source>Note: the methods or the screening scores do not agree on the winner.</source>
        <translation>Note: the methods or the screening scores do not agree on the winner.</translation>
    </message>
    <message>
        <source>Pairwise preferences (row over column):</source>
        <translation>Pairwise preferences (row over column):</translation>
    </message>
    <message>
        <source>Strongest paths (row over column):</source>
        <translation>Strongest paths (row over column):</translation>
    </message>
    <message>
        <source>The jury's motivation.</source>
        <translation>The jury's motivation.</translation>
    </message>
    <message>
        <source>The winner (the chair's casting vote in a tie).</source>
        <translation>The winner (the chair's casting vote in a tie).</translation>
    </message>
    <message>
        <source>The date of the decision.</source>
        <translation>The date of the decision.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Where the decision was made.</source>
        <translation>Where the decision was made.</translation>
    </message>
    <message>
        <source>Write “jurybench decide FILE --motivation-file F”.</source>
        <translation>Write “jurybench decide FILE --motivation-file F”.</translation>
    </message>
    <message>
        <source>The decision is recorded and the round is locked. Winner: %1.</source>
        <translation>The decision is recorded and the round is locked. Winner: %1.</translation>
    </message>
    <message>
        <source>Where to write the document.</source>
        <translation>Where to write the document.</translation>
    </message>
    <message>
        <source>Write “jurybench export decision FILE --out PDF” or “jurybench export protocol FILE --out PDF|CSV”.</source>
        <translation>Write “jurybench export decision FILE --out PDF” or “jurybench export protocol FILE --out PDF|CSV”.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
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
        <translation>Usage:
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
</translation>
    </message>
    <message>
        <source>How far the demo has come: screening, followup, vote or decided.</source>
        <translation>How far the demo has come: screening, followup, vote or decided.</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>“%1” is not a phase of the demo; write screening, followup, vote or decided.</source>
        <translation>“%1” is not a phase of the demo; write screening, followup, vote or decided.</translation>
    </message>
</context>
<context>
    <name>CommentListModel</name>
    <message>
        <source>shared with the jury</source>
        <translation>shared with the jury</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
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
        <translation>Declare a conflict of interest</translation>
    </message>
    <message>
        <source>A juror with a conflict of interest on %1 takes no part in scoring, recommending or voting on it, and does not see the other jurors' assessments of it. The decision records it.</source>
        <translation>A juror with a conflict of interest on %1 takes no part in scoring, recommending or voting on it, and does not see the other jurors' assessments of it. The decision records it.</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation>&amp;Juror:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>For example: employed by the municipality until 2025</source>
        <translation>For example: employed by the municipality until 2025</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Declare</translation>
    </message>
</context>
<context>
    <name>CriterionRepository</name>
    <message>
        <source>There is no criterion with the id %1 in this round.</source>
        <translation>There is no criterion with the id %1 in this round.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>A criterion needs a name.</translation>
    </message>
    <message>
        <source>The weight must be a number greater than 0.</source>
        <translation>The weight must be a number greater than 0.</translation>
    </message>
    <message>
        <source>The scale's lowest value must be less than its highest.</source>
        <translation>The scale's lowest value must be less than its highest.</translation>
    </message>
    <message>
        <source>The scale must lie between -1000 and 1000.</source>
        <translation>The scale must lie between -1000 and 1000.</translation>
    </message>
    <message>
        <source>change the criteria</source>
        <translation>change the criteria</translation>
    </message>
</context>
<context>
    <name>CriterionTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not a text file (CSV).</source>
        <translation>The file is not a text file (CSV).</translation>
    </message>
    <message>
        <source>After a closing quotation mark only a delimiter or a line break may follow, not “%1”.</source>
        <translation>After a closing quotation mark only a delimiter or a line break may follow, not “%1”.</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed (a quotation mark is missing).</source>
        <translation>A quoted field that starts here is never closed (a quotation mark is missing).</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>The file is empty: it has no header line.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file is too large (more than 1 GB).</source>
        <translation>The file is too large (more than 1 GB).</translation>
    </message>
    <message>
        <source>The file is written in UTF-8 but has characters in another encoding here, so its å, ä and ö cannot be read. Save it again as “CSV UTF-8” and import it again.</source>
        <translation>The file is written in UTF-8 but has characters in another encoding here, so its å, ä and ö cannot be read. Save it again as “CSV UTF-8” and import it again.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is not a Jurybench round file.</source>
        <translation>The file is not a Jurybench round file.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of Jurybench (format %1; this version reads up to format %2). Update Jurybench to open it.</source>
        <translation>The file was made by a newer version of Jurybench (format %1; this version reads up to format %2). Update Jurybench to open it.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be opened (%1). Use a backup copy.</source>
        <translation>The file is damaged and cannot be opened (%1). Use a backup copy.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>A backup copy could not be written before updating the file format: %1</source>
        <translation>A backup copy could not be written before updating the file format: %1</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>The file already exists; choose another name.</source>
        <translation>The file already exists; choose another name.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The round file could not be read or written (%1).</source>
        <translation>The round file could not be read or written (%1).</translation>
    </message>
    <message>
        <source>The file format %1 does not exist.</source>
        <translation>The file format %1 does not exist.</translation>
    </message>
    <message>
        <source>The file was made by an older version of Jurybench; open it once to bring it up to date.</source>
        <translation>The file was made by an older version of Jurybench; open it once to bring it up to date.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The jury's decision</source>
        <translation>The jury's decision</translation>
    </message>
    <message>
        <source>The jury's &amp;motivation:</source>
        <translation>The jury's &amp;motivation:</translation>
    </message>
    <message>
        <source>The jury's motivation</source>
        <translation>The jury's motivation</translation>
    </message>
    <message>
        <source>Why the winner won: results given the municipality's preconditions, in 80–150 words.</source>
        <translation>Why the winner won: results given the municipality's preconditions, in 80–150 words.</translation>
    </message>
    <message>
        <source>Short motivations for the other finalists (optional)</source>
        <translation>Short motivations for the other finalists (optional)</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <source>Place of the decision</source>
        <translation>Place of the decision</translation>
    </message>
    <message>
        <source>For example Stockholm</source>
        <translation>For example Stockholm</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Record the decision…</source>
        <translation>&amp;Record the decision…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Short motivation for %1</source>
        <translation>Short motivation for %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) counted. Recording the decision locks the round.</source>
        <translation><numerusform>%n ballot counted. Recording the decision locks the round.</numerusform><numerusform>%n ballots counted. Recording the decision locks the round.</numerusform></translation>
    </message>
    <message>
        <source>Winner:</source>
        <translation>Winner:</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>No juror has ranked the finalists yet; the decision can be recorded once the jury has voted.</source>
        <translation>No juror has ranked the finalists yet; the decision can be recorded once the jury has voted.</translation>
    </message>
    <message>
        <source>The vote names %1 the winner (the Schulze method).</source>
        <translation>The vote names %1 the winner (the Schulze method).</translation>
    </message>
    <message>
        <source>&amp;Casting vote:</source>
        <translation>&amp;Casting vote:</translation>
    </message>
    <message>
        <source>The chair's casting vote</source>
        <translation>The chair's casting vote</translation>
    </message>
    <message>
        <source>The chair's casting vote (%1)</source>
        <translation>The chair's casting vote (%1)</translation>
    </message>
    <message>
        <source>Choose the winner…</source>
        <translation>Choose the winner…</translation>
    </message>
    <message>
        <source>The vote ties for first place between %1, and the jury has no chair to give the casting vote. Mark the chair in the round's settings.</source>
        <translation>The vote ties for first place between %1, and the jury has no chair to give the casting vote. Mark the chair in the round's settings.</translation>
    </message>
    <message>
        <source>The vote ties for first place between %1. The chair's casting vote decides: %2 chooses the winner among them.</source>
        <translation>The vote ties for first place between %1. The chair's casting vote decides: %2 chooses the winner among them.</translation>
    </message>
    <message>
        <source>The decision is recorded during the final vote; the round is in the phase “%1”.</source>
        <translation>The decision is recorded during the final vote; the round is in the phase “%1”.</translation>
    </message>
    <message>
        <source>The decision was recorded %1 and the round is locked.</source>
        <translation>The decision was recorded %1 and the round is locked.</translation>
    </message>
    <message>
        <source>The vote named %1 the winner.</source>
        <translation>The vote named %1 the winner.</translation>
    </message>
    <message>
        <source>The vote tied for first place; the chair, %1, gave the casting vote.</source>
        <translation>The vote tied for first place; the chair, %1, gave the casting vote.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation><numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message>
        <source>Published motivations are usually 80–150 words.</source>
        <translation>Published motivations are usually 80–150 words.</translation>
    </message>
    <message>
        <source>Shorter than published motivations usually are (80–150 words).</source>
        <translation>Shorter than published motivations usually are (80–150 words).</translation>
    </message>
    <message>
        <source>Longer than published motivations usually are (80–150 words).</source>
        <translation>Longer than published motivations usually are (80–150 words).</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>The decision locks the round: after it no ballot, score or motivation can change. Record %1 as the winner?</source>
        <translation>The decision locks the round: after it no ballot, score or motivation can change. Record %1 as the winner?</translation>
    </message>
    <message>
        <source>Record and lock</source>
        <translation>Record and lock</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>write motivations</source>
        <translation>write motivations</translation>
    </message>
    <message>
        <source>change motivations</source>
        <translation>change motivations</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>record the decision</translation>
    </message>
    <message>
        <source>The decision needs the jury's motivation.</source>
        <translation>The decision needs the jury's motivation.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-05-12.</source>
        <translation>“%1” is not a date; write it as 2026-05-12.</translation>
    </message>
    <message>
        <source>No juror has ranked the finalists yet.</source>
        <translation>No juror has ranked the finalists yet.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>The vote's winner is %1; another winner can only be chosen by the chair when the vote ties for first place.</source>
        <translation>The vote's winner is %1; another winner can only be chosen by the chair when the vote ties for first place.</translation>
    </message>
    <message>
        <source>The vote ties for first place between %1. The chair's casting vote decides: choose the winner among them.</source>
        <translation>The vote ties for first place between %1. The chair's casting vote decides: choose the winner among them.</translation>
    </message>
    <message>
        <source>In a tie the chair chooses among %1.</source>
        <translation>In a tie the chair chooses among %1.</translation>
    </message>
    <message>
        <source>The vote ties for first place, and the jury has no chair to give the casting vote. Mark the chair in the round's settings.</source>
        <translation>The vote ties for first place, and the jury has no chair to give the casting vote. Mark the chair in the round's settings.</translation>
    </message>
    <message>
        <source>The chair has a conflict of interest on %1 and cannot give the casting vote for it.</source>
        <translation>The chair has a conflict of interest on %1 and cannot give the casting vote for it.</translation>
    </message>
    <message>
        <source>The decision record could not be read.</source>
        <translation>The decision record could not be read.</translation>
    </message>
    <message>
        <source>No decision has been recorded.</source>
        <translation>No decision has been recorded.</translation>
    </message>
    <message>
        <source>write the decision</source>
        <translation>write the decision</translation>
    </message>
</context>
<context>
    <name>DemoRound</name>
    <message>
        <source>The demo attachment could not be written.</source>
        <translation>The demo attachment could not be written.</translation>
    </message>
    <message>
        <source>The file already exists; choose another name.</source>
        <translation>The file already exists; choose another name.</translation>
    </message>
    <message>
        <source>A temporary folder for the demo could not be created.</source>
        <translation>A temporary folder for the demo could not be created.</translation>
    </message>
    <message>
        <source>The demo applications could not be written.</source>
        <translation>The demo applications could not be written.</translation>
    </message>
    <message>
        <source>The demo round could not be saved.</source>
        <translation>The demo round could not be saved.</translation>
    </message>
    <message>
        <source>The demo round could not be read back.</source>
        <translation>The demo round could not be read back.</translation>
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
        <translation>Place</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>(shared place)</source>
        <translation>(shared place)</translation>
    </message>
    <message>
        <source>%1 did not take part in the assessment of %2 because of a conflict of interest.</source>
        <translation>%1 did not take part in the assessment of %2 because of a conflict of interest.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>No decision has been recorded yet.</source>
        <translation>No decision has been recorded yet.</translation>
    </message>
    <message>
        <source>Jury's decision – %1</source>
        <translation>Jury's decision – %1</translation>
    </message>
    <message>
        <source>The award goes to %1, %2.</source>
        <translation>The award goes to %1, %2.</translation>
    </message>
    <message>
        <source>Prize: %1.</source>
        <translation>Prize: %1.</translation>
    </message>
    <message>
        <source>The jury's motivation</source>
        <translation>The jury's motivation</translation>
    </message>
    <message>
        <source>The other finalists</source>
        <translation>The other finalists</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The jury</source>
        <translation>The jury</translation>
    </message>
    <message>
        <source>(chair)</source>
        <translation>(chair)</translation>
    </message>
    <message>
        <source>How the decision was made</source>
        <translation>How the decision was made</translation>
    </message>
    <message numerus="yes">
        <source>After screening %Ln application(s) the jury chose the finalists; each juror then ranked them, and the rankings were counted by the Schulze method, which compares the finalists two at a time and puts first the one the jurors prefer over every other.</source>
        <translation><numerusform>After screening %Ln application the jury chose the finalists; each juror then ranked them, and the rankings were counted by the Schulze method, which compares the finalists two at a time and puts first the one the jurors prefer over every other.</numerusform><numerusform>After screening %Ln applications the jury chose the finalists; each juror then ranked them, and the rankings were counted by the Schulze method, which compares the finalists two at a time and puts first the one the jurors prefer over every other.</numerusform></translation>
    </message>
    <message>
        <source>The vote tied for first place; the chair, %1, gave the casting vote.</source>
        <translation>The vote tied for first place; the chair, %1, gave the casting vote.</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Final ranking</translation>
    </message>
    <message>
        <source>The jury's chair</source>
        <translation>The jury's chair</translation>
    </message>
    <message>
        <source>%1, chair of the jury</source>
        <translation>%1, chair of the jury</translation>
    </message>
    <message>
        <source>Annex: the pairwise comparisons</source>
        <translation>Annex: the pairwise comparisons</translation>
    </message>
    <message>
        <source>Each cell is the number of jurors who ranked the finalist of the row above the finalist of the column.</source>
        <translation>Each cell is the number of jurors who ranked the finalist of the row above the finalist of the column.</translation>
    </message>
    <message>
        <source>The strongest paths</source>
        <translation>The strongest paths</translation>
    </message>
    <message>
        <source>Each cell is the strength of the strongest chain of preferences from the finalist of the row to the finalist of the column; a chain is as strong as its weakest link. A finalist ranks above another when its path to the other is the stronger.</source>
        <translation>Each cell is the strength of the strongest chain of preferences from the finalist of the row to the finalist of the column; a chain is as strong as its weakest link. A finalist ranks above another when its path to the other is the stronger.</translation>
    </message>
    <message>
        <source>Round %1 · SHA-256 of the decision record: %2</source>
        <translation>Round %1 · SHA-256 of the decision record: %2</translation>
    </message>
    <message>
        <source>The jury's decision with its motivation.</source>
        <translation>The jury's decision with its motivation.</translation>
    </message>
    <message>
        <source>Jury protocol – %1</source>
        <translation>Jury protocol – %1</translation>
    </message>
    <message>
        <source>Phase: %1. Prize: %2. Finalists: %3.</source>
        <translation>Phase: %1. Prize: %2. Finalists: %3.</translation>
    </message>
    <message>
        <source>%1, %2 (chair)</source>
        <translation>%1, %2 (chair)</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (declared by %4).</source>
        <translation>%1 on %2: %3 (declared by %4).</translation>
    </message>
    <message>
        <source>the organiser</source>
        <translation>the organiser</translation>
    </message>
    <message>
        <source>the juror</source>
        <translation>the juror</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalised</translation>
    </message>
    <message>
        <source>Yes/maybe/no</source>
        <translation>Yes/maybe/no</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The finalists</source>
        <translation>The finalists</translation>
    </message>
    <message>
        <source>Suggested by the scores: %1.</source>
        <translation>Suggested by the scores: %1.</translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <translation>Chosen: %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Follow-up questions and answers</source>
        <translation>Follow-up questions and answers</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Answer received %1 with the attachment %2.</source>
        <translation>Answer received %1 with the attachment %2.</translation>
    </message>
    <message>
        <source>The final vote</source>
        <translation>The final vote</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>Schulze ranking</source>
        <translation>Schulze ranking</translation>
    </message>
    <message>
        <source>Borda count</source>
        <translation>Borda count</translation>
    </message>
    <message>
        <source>Plurality</source>
        <translation>Plurality</translation>
    </message>
    <message>
        <source>The methods do not agree on the winner.</source>
        <translation>The methods do not agree on the winner.</translation>
    </message>
    <message>
        <source>Pairwise preferences (row over column):</source>
        <translation>Pairwise preferences (row over column):</translation>
    </message>
    <message>
        <source>Strongest paths (row over column):</source>
        <translation>Strongest paths (row over column):</translation>
    </message>
    <message>
        <source>No ballots yet.</source>
        <translation>No ballots yet.</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>The decision</translation>
    </message>
    <message>
        <source>SHA-256 of the decision record: %1</source>
        <translation>SHA-256 of the decision record: %1</translation>
    </message>
    <message>
        <source>The jury's work in the round.</source>
        <translation>The jury's work in the round.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>The questions could not be read.</source>
        <translation>The questions could not be read.</translation>
    </message>
    <message>
        <source>Follow-up questions – %1</source>
        <translation>Follow-up questions – %1</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>Attn. %1</translation>
    </message>
    <message>
        <source>Follow-up questions on your application</source>
        <translation>Follow-up questions on your application</translation>
    </message>
    <message>
        <source>Congratulations: %1 is one of the finalists of %2 with the application “%3”. Before its decision the jury would like to know more, and asks you to answer the following questions.</source>
        <translation>Congratulations: %1 is one of the finalists of %2 with the application “%3”. Before its decision the jury would like to know more, and asks you to answer the following questions.</translation>
    </message>
    <message>
        <source>Please answer by %1.</source>
        <translation>Please answer by %1.</translation>
    </message>
    <message>
        <source>Number your answers as the questions are numbered.</source>
        <translation>Number your answers as the questions are numbered.</translation>
    </message>
    <message>
        <source>Send your answers to, or ask:</source>
        <translation>Send your answers to, or ask:</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Kind regards,</translation>
    </message>
    <message>
        <source>The jury of %1</source>
        <translation>The jury of %1</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>The folder cannot be created.</translation>
    </message>
    <message>
        <source>Questions to %1</source>
        <translation>Questions to %1</translation>
    </message>
    <message>
        <source>Follow-up questions to %1</source>
        <translation>Follow-up questions to %1</translation>
    </message>
    <message>
        <source>No finalist has any approved follow-up question yet.</source>
        <translation>No finalist has any approved follow-up question yet.</translation>
    </message>
    <message>
        <source>Winner: %1. Decided on %2.</source>
        <translation>Winner: %1. Decided on %2.</translation>
    </message>
    <message>
        <source>Winner: %1. Decided in %2 on %3.</source>
        <translation>Winner: %1. Decided in %2 on %3.</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Scored by</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>column “%1”</translation>
    </message>
</context>
<context>
    <name>FinalistDialog</name>
    <message>
        <source>Choose the finalists</source>
        <translation>Choose the finalists</translation>
    </message>
    <message numerus="yes">
        <source>The suggestion is the %n highest scored application(s); ties go to more “yes”, then to Swedish alphabetical order. Tick the finalists. A choice that differs from the suggestion needs a reason, which is kept in the round and printed in the protocol.</source>
        <translation><numerusform>The suggestion is the %n highest scored application; ties go to more “yes”, then to Swedish alphabetical order. Tick the finalists. A choice that differs from the suggestion needs a reason, which is kept in the round and printed in the protocol.</numerusform><numerusform>The suggestion is the %n highest scored applications; ties go to more “yes”, then to Swedish alphabetical order. Tick the finalists. A choice that differs from the suggestion needs a reason, which is kept in the round and printed in the protocol.</numerusform></translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Applications by rank</source>
        <translation>Applications by rank</translation>
    </message>
    <message>
        <source>Space ticks or unticks the chosen application.</source>
        <translation>Space ticks or unticks the chosen application.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Reason for the choice</source>
        <translation>Reason for the choice</translation>
    </message>
    <message>
        <source>&amp;Choose these finalists</source>
        <translation>&amp;Choose these finalists</translation>
    </message>
    <message>
        <source>%1 of %2 finalists chosen.</source>
        <translation>%1 of %2 finalists chosen.</translation>
    </message>
    <message>
        <source>The choice differs from the suggestion.</source>
        <translation>The choice differs from the suggestion.</translation>
    </message>
    <message>
        <source>The choice follows the suggestion.</source>
        <translation>The choice follows the suggestion.</translation>
    </message>
    <message>
        <source>&amp;Reason for the choice (required):</source>
        <translation>&amp;Reason for the choice (required):</translation>
    </message>
    <message>
        <source>&amp;Reason for the choice (optional):</source>
        <translation>&amp;Reason for the choice (optional):</translation>
    </message>
</context>
<context>
    <name>FinalistRepository</name>
    <message>
        <source>choose the finalists</source>
        <translation>choose the finalists</translation>
    </message>
    <message>
        <source>There is no suggestion yet: no application has been scored.</source>
        <translation>There is no suggestion yet: no application has been scored.</translation>
    </message>
    <message>
        <source>The same application is chosen twice.</source>
        <translation>The same application is chosen twice.</translation>
    </message>
    <message>
        <source>An application chosen as finalist is not in this round.</source>
        <translation>An application chosen as finalist is not in this round.</translation>
    </message>
    <message numerus="yes">
        <source>The round has %n finalist(s); %1 were chosen. Change the number of finalists in the round's settings to choose another number.</source>
        <translation><numerusform>The round has %n finalist; %1 were chosen. Change the number of finalists in the round's settings to choose another number.</numerusform><numerusform>The round has %n finalists; %1 were chosen. Change the number of finalists in the round's settings to choose another number.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The choice differs from the suggestion (the %n highest scored), so it needs a written reason.</source>
        <translation><numerusform>The choice differs from the suggestion (the %n highest scored), so it needs a written reason.</numerusform><numerusform>The choice differs from the suggestion (the %n highest scored), so it needs a written reason.</numerusform></translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>Approve the ticked proposals, each as a question</source>
        <translation>Approve the ticked proposals, each as a question</translation>
    </message>
    <message>
        <source>&amp;Merge into one…</source>
        <translation>&amp;Merge into one…</translation>
    </message>
    <message>
        <source>Merge the ticked proposals into one question</source>
        <translation>Merge the ticked proposals into one question</translation>
    </message>
    <message>
        <source>&amp;New question…</source>
        <translation>&amp;New question…</translation>
    </message>
    <message>
        <source>Write a new question</source>
        <translation>Write a new question</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the chosen question</source>
        <translation>Edit the chosen question</translation>
    </message>
    <message>
        <source>Remove the chosen question</source>
        <translation>Remove the chosen question</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move the chosen question up</source>
        <translation>Move the chosen question up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move the chosen question down</source>
        <translation>Move the chosen question down</translation>
    </message>
    <message>
        <source>Reply &amp;by:</source>
        <translation>Reply &amp;by:</translation>
    </message>
    <message>
        <source>Record an &amp;answer…</source>
        <translation>Record an &amp;answer…</translation>
    </message>
    <message>
        <source>Record an answer from the finalist</source>
        <translation>Record an answer from the finalist</translation>
    </message>
    <message>
        <source>Write the &amp;letters…</source>
        <translation>Write the &amp;letters…</translation>
    </message>
    <message>
        <source>Write the question letters of all finalists</source>
        <translation>Write the question letters of all finalists</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Follow-up questions</translation>
    </message>
    <message>
        <source>&amp;Finalists:</source>
        <translation>&amp;Finalists:</translation>
    </message>
    <message>
        <source>Finalists</source>
        <translation>Finalists</translation>
    </message>
    <message>
        <source>The jurors' proposals</source>
        <translation>The jurors' proposals</translation>
    </message>
    <message>
        <source>Space ticks a proposal. Approve the ticked proposals, or merge them into one question.</source>
        <translation>Space ticks a proposal. Approve the ticked proposals, or merge them into one question.</translation>
    </message>
    <message>
        <source>Questions in the letter</source>
        <translation>Questions in the letter</translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation>Answers received</translation>
    </message>
    <message>
        <source>The letter has a reply-by date</source>
        <translation>The letter has a reply-by date</translation>
    </message>
    <message>
        <source>Reply-by date</source>
        <translation>Reply-by date</translation>
    </message>
    <message>
        <source>Proposed by the jury</source>
        <translation>Proposed by the jury</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation><numerusform>%n proposal</numerusform><numerusform>%n proposals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation><numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>The round has no finalists yet.</source>
        <translation>The round has no finalists yet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(approved)</source>
        <translation>(approved)</translation>
    </message>
    <message>
        <source>No juror has proposed a question to this finalist.</source>
        <translation>No juror has proposed a question to this finalist.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The whole letter</source>
        <translation>The whole letter</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>%1, received %2</source>
        <translation>%1, received %2</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF: %1</translation>
    </message>
    <message>
        <source>No answer has been received yet.</source>
        <translation>No answer has been received yet.</translation>
    </message>
    <message>
        <source>Tick proposals to approve them. Questions and the reply-by date are stored at once; write the letters when every finalist's questions are ready.</source>
        <translation>Tick proposals to approve them. Questions and the reply-by date are stored at once; write the letters when every finalist's questions are ready.</translation>
    </message>
    <message>
        <source>The questions can no longer change in the final vote; answers can still be recorded.</source>
        <translation>The questions can no longer change in the final vote; answers can still be recorded.</translation>
    </message>
    <message>
        <source>Questions can be changed in the phase “%1”.</source>
        <translation>Questions can be changed in the phase “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added to the letter.</source>
        <translation><numerusform>%n question added to the letter.</numerusform><numerusform>%n questions added to the letter.</numerusform></translation>
    </message>
    <message>
        <source>Merge into one question</source>
        <translation>Merge into one question</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Edit the question</translation>
    </message>
    <message>
        <source>The question is removed.</source>
        <translation>The question is removed.</translation>
    </message>
    <message>
        <source>The question is now number %1.</source>
        <translation>The question is now number %1.</translation>
    </message>
    <message>
        <source>The answer is recorded.</source>
        <translation>The answer is recorded.</translation>
    </message>
    <message>
        <source>Folder for the question letters</source>
        <translation>Folder for the question letters</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation><numerusform>%n letter written to %1.</numerusform><numerusform>%n letters written to %1.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>FollowupRepository</name>
    <message>
        <source>Follow-up questions are for the finalists only.</source>
        <translation>Follow-up questions are for the finalists only.</translation>
    </message>
    <message>
        <source>propose follow-up questions</source>
        <translation>propose follow-up questions</translation>
    </message>
    <message>
        <source>This package belongs to another juror.</source>
        <translation>This package belongs to another juror.</translation>
    </message>
    <message>
        <source>A juror with a conflict of interest on the finalist cannot propose questions to it.</source>
        <translation>A juror with a conflict of interest on the finalist cannot propose questions to it.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>The question is empty.</translation>
    </message>
    <message>
        <source>change follow-up questions</source>
        <translation>change follow-up questions</translation>
    </message>
    <message>
        <source>Only the juror who proposed a question can change it.</source>
        <translation>Only the juror who proposed a question can change it.</translation>
    </message>
    <message>
        <source>Only the juror who proposed a question can withdraw it.</source>
        <translation>Only the juror who proposed a question can withdraw it.</translation>
    </message>
    <message>
        <source>approve follow-up questions</source>
        <translation>approve follow-up questions</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>The question no longer exists.</translation>
    </message>
    <message>
        <source>set the reply-by date</source>
        <translation>set the reply-by date</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” is not a date.</translation>
    </message>
    <message>
        <source>record answers</source>
        <translation>record answers</translation>
    </message>
    <message>
        <source>An answer needs a text, a PDF or both.</source>
        <translation>An answer needs a text, a PDF or both.</translation>
    </message>
    <message>
        <source>The answer's file is not a PDF.</source>
        <translation>The answer's file is not a PDF.</translation>
    </message>
    <message>
        <source>The answer has no PDF.</source>
        <translation>The answer has no PDF.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Import applications</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the attachments folder</source>
        <translation>Choose the attachments folder</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>Attachments folder</source>
        <translation>Attachments folder</translation>
    </message>
    <message>
        <source>The folder with the PDF files named in the attachments column. By default the CSV file's folder.</source>
        <translation>The folder with the PDF files named in the attachments column. By default the CSV file's folder.</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Attachments folder:</source>
        <translation>&amp;Attachments folder:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>For each column of the file, what it holds. Columns marked as text sections become parts of the application under the column's name.</source>
        <translation>For each column of the file, what it holds. Columns marked as text sections become parts of the application under the column's name.</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>Column &amp;mapping:</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>&amp;Preview of the first rows:</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Import messages</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the CSV file exported from the application form.</source>
        <translation>Choose the CSV file exported from the application form.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1, separated by %2, %n row(s).</source>
        <translation><numerusform>Encoding %1, separated by %2, %n row.</numerusform><numerusform>Encoding %1, separated by %2, %n rows.</numerusform></translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>What the column “%1” holds</translation>
    </message>
    <message>
        <source>Check that each column holds what the list says, then import. Nothing is imported if any row has a problem.</source>
        <translation>Check that each column holds what the list says, then import. Nothing is imported if any row has a problem.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>JurorRepository</name>
    <message>
        <source>There is no juror with the id %1 in this round.</source>
        <translation>There is no juror with the id %1 in this round.</translation>
    </message>
    <message>
        <source>A juror needs a name.</source>
        <translation>A juror needs a name.</translation>
    </message>
    <message>
        <source>change the jury</source>
        <translation>change the jury</translation>
    </message>
    <message>
        <source>The juror has already done work in this round (scores, comments or conflicts of interest) and cannot be removed.</source>
        <translation>The juror has already done work in this round (scores, comments or conflicts of interest) and cannot be removed.</translation>
    </message>
</context>
<context>
    <name>JurorTableModel</name>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>No scores yet</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Discuss</translation>
    </message>
    <message>
        <source>Yes %1, maybe %2, no %3</source>
        <translation>Yes %1, maybe %2, no %3</translation>
    </message>
    <message>
        <source>The score after evening out lenient and harsh jurors (mean of each juror's standardised scores).</source>
        <translation>The score after evening out lenient and harsh jurors (mean of each juror's standardised scores).</translation>
    </message>
    <message>
        <source>Standard deviation of the jurors' scores.</source>
        <translation>Standard deviation of the jurors' scores.</translation>
    </message>
    <message>
        <source>The jurors' scores lie at least 40 % of the scale apart.</source>
        <translation>The jurors' scores lie at least 40 % of the scale apart.</translation>
    </message>
    <message>
        <source>Rank among applications from the same SKR municipality group.</source>
        <translation>Rank among applications from the same SKR municipality group.</translation>
    </message>
    <message>
        <source>Rank among municipalities of the same size.</source>
        <translation>Rank among municipalities of the same size.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalised</translation>
    </message>
    <message>
        <source>Jurors' scores</source>
        <translation>Jurors' scores</translation>
    </message>
    <message>
        <source>Yes / maybe / no</source>
        <translation>Yes / maybe / no</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Municipality group</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <source>Rank in group</source>
        <translation>Rank in group</translation>
    </message>
    <message>
        <source>Rank by size</source>
        <translation>Rank by size</translation>
    </message>
</context>
<context>
    <name>LeaderboardView</name>
    <message>
        <source>Leaderboard</source>
        <translation>Leaderboard</translation>
    </message>
    <message>
        <source>Applications by score, best first. The suggested finalists are in bold. Enter opens the application.</source>
        <translation>Applications by score, best first. The suggested finalists are in bold. Enter opens the application.</translation>
    </message>
    <message>
        <source>Choose &amp;finalists…</source>
        <translation>Choose &amp;finalists…</translation>
    </message>
    <message>
        <source>&amp;Read the application</source>
        <translation>&amp;Read the application</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) have scores. Scores are on the scale %2–%3; the suggested finalists are in bold.</source>
        <translation><numerusform>%1 of %n application have scores. Scores are on the scale %2–%3; the suggested finalists are in bold.</numerusform><numerusform>%1 of %n applications have scores. Scores are on the scale %2–%3; the suggested finalists are in bold.</numerusform></translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>Markers:</translation>
    </message>
    <message>
        <source>| line: mean</source>
        <translation>| line: mean</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;New round…</translation>
    </message>
    <message>
        <source>&amp;Open round…</source>
        <translation>&amp;Open round…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open the &amp;demo round</source>
        <translation>Open the &amp;demo round</translation>
    </message>
    <message>
        <source>&amp;Import applications…</source>
        <translation>&amp;Import applications…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <translation>&amp;Close round</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Next application</source>
        <translation>&amp;Next application</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>This is the last application in the list.</source>
        <translation>This is the last application in the list.</translation>
    </message>
    <message>
        <source>&amp;Previous application</source>
        <translation>&amp;Previous application</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>This is the first application in the list.</source>
        <translation>This is the first application in the list.</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Go to the &amp;list</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;application text</source>
        <translation>Go to the &amp;application text</translation>
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
        <translation>No attachment is open. Choose one under Attachments in the text.</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Jurybench</source>
        <translation>&amp;About Jurybench</translation>
    </message>
    <message>
        <source>Welcome to Jurybench</source>
        <translation>Welcome to Jurybench</translation>
    </message>
    <message>
        <source>Read the applications, screen them, vote and publish the jury's decision. Open a round, create a new one, or look around in the demo round first.</source>
        <translation>Read the applications, screen them, vote and publish the jury's decision. Open a round, create a new one, or look around in the demo round first.</translation>
    </message>
    <message>
        <source>Recent rounds</source>
        <translation>Recent rounds</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>%1 · Phase: %2</source>
        <translation>%1 · Phase: %2</translation>
    </message>
    <message>
        <source>No application matches the search and filters.</source>
        <translation>No application matches the search and filters.</translation>
    </message>
    <message>
        <source>The round has no applications yet. Import them with File → Import applications.</source>
        <translation>The round has no applications yet. Import them with File → Import applications.</translation>
    </message>
    <message>
        <source>Choose an application in the list to read it.</source>
        <translation>Choose an application in the list to read it.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in this application.</source>
        <translation><numerusform>%n hit in this application.</numerusform><numerusform>%n hits in this application.</numerusform></translation>
    </message>
    <message>
        <source>The attachment cannot be shown: it is not a readable PDF.</source>
        <translation>The attachment cannot be shown: it is not a readable PDF.</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1, %n page(s).</source>
        <translation><numerusform>Showing %1, %n page.</numerusform><numerusform>Showing %1, %n pages.</numerusform></translation>
    </message>
    <message>
        <source>The attachment could not be saved for the PDF viewer: %1</source>
        <translation>The attachment could not be saved for the PDF viewer: %1</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. The file is saved at %1.</source>
        <translation>No PDF viewer could be started. The file is saved at %1.</translation>
    </message>
    <message>
        <source>Jurybench</source>
        <translation>Jurybench</translation>
    </message>
    <message>
        <source>Open round</source>
        <translation>Open round</translation>
    </message>
    <message>
        <source>Jurybench rounds (*.jury);;All files (*)</source>
        <translation>Jurybench rounds (*.jury);;All files (*)</translation>
    </message>
    <message>
        <source>About Jurybench</source>
        <translation>About Jurybench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Jurybench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for award juries: read the applications, screen them, vote and publish the decision. Everything is stored in one round file on this computer.&lt;/p&gt;&lt;p&gt;Municipality facts: SCB (population 2019) and SKR (municipality groups 2023).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jurybench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for award juries: read the applications, screen them, vote and publish the decision. Everything is stored in one round file on this computer.&lt;/p&gt;&lt;p&gt;Municipality facts: SCB (population 2019) and SKR (municipality groups 2023).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used when Jurybench starts again. Restart now?</source>
        <translation>The new language is used when Jurybench starts again. Restart now?</translation>
    </message>
    <message>
        <source>Text size %1 %.</source>
        <translation>Text size %1 %.</translation>
    </message>
    <message>
        <source>High contrast is on.</source>
        <translation>High contrast is on.</translation>
    </message>
    <message>
        <source>High contrast is off.</source>
        <translation>High contrast is off.</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Acting as</translation>
    </message>
    <message>
        <source>Act as:</source>
        <translation>Act as:</translation>
    </message>
    <message>
        <source>Act as</source>
        <translation>Act as</translation>
    </message>
    <message>
        <source>Whose assessments the window shows and edits: the organiser's overview or one juror's.</source>
        <translation>Whose assessments the window shows and edits: the organiser's overview or one juror's.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
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
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>&amp;Score the application</source>
        <translation>&amp;Score the application</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>&amp;New comment</source>
        <translation>&amp;New comment</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Declare a &amp;conflict of interest…</source>
        <translation>Declare a &amp;conflict of interest…</translation>
    </message>
    <message>
        <source>&amp;Act as…</source>
        <translation>&amp;Act as…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Export scoring sheet…</source>
        <translation>&amp;Export scoring sheet…</translation>
    </message>
    <message>
        <source>&amp;Import scoring sheet…</source>
        <translation>&amp;Import scoring sheet…</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>&amp;Leaderboard</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Choose &amp;finalists…</source>
        <translation>Choose &amp;finalists…</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Previous phase</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>The organiser (sees all)</source>
        <translation>The organiser (sees all)</translation>
    </message>
    <message>
        <source>%1 (chair)</source>
        <translation>%1 (chair)</translation>
    </message>
    <message>
        <source>Acting as the organiser.</source>
        <translation>Acting as the organiser.</translation>
    </message>
    <message>
        <source>Acting as %1.</source>
        <translation>Acting as %1.</translation>
    </message>
    <message>
        <source>Leaderboard – %1</source>
        <translation>Leaderboard – %1</translation>
    </message>
    <message>
        <source>The finalists are chosen.</source>
        <translation>The finalists are chosen.</translation>
    </message>
    <message>
        <source>Start the &amp;screening</source>
        <translation>Start the &amp;screening</translation>
    </message>
    <message>
        <source>Close the &amp;screening (show the jury's assessments)</source>
        <translation>Close the &amp;screening (show the jury's assessments)</translation>
    </message>
    <message>
        <source>Start the final &amp;vote</source>
        <translation>Start the final &amp;vote</translation>
    </message>
    <message>
        <source>Record the &amp;decision…</source>
        <translation>Record the &amp;decision…</translation>
    </message>
    <message>
        <source>&amp;Back to “%1”</source>
        <translation>&amp;Back to “%1”</translation>
    </message>
    <message>
        <source>&amp;Back one phase</source>
        <translation>&amp;Back one phase</translation>
    </message>
    <message>
        <source>Start the screening? Jurors can then score and recommend. The criteria can no longer change.</source>
        <translation>Start the screening? Jurors can then score and recommend. The criteria can no longer change.</translation>
    </message>
    <message>
        <source>Close the screening? Scores and recommendations can then no longer change, and jurors see each other's assessments (except where they have a conflict of interest).</source>
        <translation>Close the screening? Scores and recommendations can then no longer change, and jurors see each other's assessments (except where they have a conflict of interest).</translation>
    </message>
    <message>
        <source>Start the final vote between the finalists?</source>
        <translation>Start the final vote between the finalists?</translation>
    </message>
    <message>
        <source>Go back to the phase “%1”?</source>
        <translation>Go back to the phase “%1”?</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>The round is now in the phase “%1”.</source>
        <translation>The round is now in the phase “%1”.</translation>
    </message>
    <message>
        <source>Export scoring sheet</source>
        <translation>Export scoring sheet</translation>
    </message>
    <message>
        <source>scoring sheet %1.csv</source>
        <translation>scoring sheet %1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The sheet could not be written: %1</source>
        <translation>The sheet could not be written: %1</translation>
    </message>
    <message>
        <source>The scoring sheet was saved as %1.</source>
        <translation>The scoring sheet was saved as %1.</translation>
    </message>
    <message>
        <source>Import scoring sheet</source>
        <translation>Import scoring sheet</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Scoring sheet imported</source>
        <translation>Scoring sheet imported</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Hand in…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Create juror &amp;packages…</source>
        <translation>Create juror &amp;packages…</translation>
    </message>
    <message>
        <source>Log of &amp;merged return files</source>
        <translation>Log of &amp;merged return files</translation>
    </message>
    <message>
        <source>Use a s&amp;hared folder…</source>
        <translation>Use a s&amp;hared folder…</translation>
    </message>
    <message>
        <source>%1 – %2 – Jurybench</source>
        <translation>%1 – %2 – Jurybench</translation>
    </message>
    <message>
        <source>Juror package of %1 · %2 · Phase: %3</source>
        <translation>Juror package of %1 · %2 · Phase: %3</translation>
    </message>
    <message>
        <source>Receive return files</source>
        <translation>Receive return files</translation>
    </message>
    <message>
        <source>Return files (*.juryretur);;All files (*)</source>
        <translation>Return files (*.juryretur);;All files (*)</translation>
    </message>
    <message>
        <source>No round is open.</source>
        <translation>No round is open.</translation>
    </message>
    <message>
        <source>The return file could not be written: %1</source>
        <translation>The return file could not be written: %1</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Hand in</translation>
    </message>
    <message>
        <source>Return files (*.juryretur)</source>
        <translation>Return files (*.juryretur)</translation>
    </message>
    <message>
        <source>Handed in as %1. Send the file to the organiser.</source>
        <translation>Handed in as %1. Send the file to the organiser.</translation>
    </message>
    <message>
        <source>Choose the folder your sync service shares with the jury</source>
        <translation>Choose the folder your sync service shares with the jury</translation>
    </message>
    <message>
        <source>The shared folder is no longer used.</source>
        <translation>The shared folder is no longer used.</translation>
    </message>
    <message>
        <source>Handed in to the shared folder.</source>
        <translation>Handed in to the shared folder.</translation>
    </message>
    <message>
        <source>Using the shared folder %1.</source>
        <translation>Using the shared folder %1.</translation>
    </message>
    <message>
        <source>New package</source>
        <translation>New package</translation>
    </message>
    <message>
        <source>The organiser has left a new package for you in the shared folder. Update your copy now? Your own work is kept.</source>
        <translation>The organiser has left a new package for you in the shared folder. Update your copy now? Your own work is kept.</translation>
    </message>
    <message>
        <source>&amp;Propose a follow-up question</source>
        <translation>&amp;Propose a follow-up question</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Questions are proposed to finalists, in the phase “%1”.</source>
        <translation>Questions are proposed to finalists, in the phase “%1”.</translation>
    </message>
    <message>
        <source>Follow-up &amp;questions and answers…</source>
        <translation>Follow-up &amp;questions and answers…</translation>
    </message>
    <message>
        <source>The answer cannot be shown: it is not a readable PDF.</source>
        <translation>The answer cannot be shown: it is not a readable PDF.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Export the decision</source>
        <translation>Export the decision</translation>
    </message>
    <message>
        <source>Decision %1 %2.pdf</source>
        <translation>Decision %1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The decision is saved as %1.</source>
        <translation>The decision is saved as %1.</translation>
    </message>
    <message>
        <source>Export the jury protocol</source>
        <translation>Export the jury protocol</translation>
    </message>
    <message>
        <source>Jury protocol %1 %2.pdf</source>
        <translation>Jury protocol %1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV for archiving (*.csv)</source>
        <translation>PDF documents (*.pdf);;CSV for archiving (*.csv)</translation>
    </message>
    <message>
        <source>The protocol is saved as %1.</source>
        <translation>The protocol is saved as %1.</translation>
    </message>
    <message>
        <source>Receive re&amp;turn files…</source>
        <translation>Receive re&amp;turn files…</translation>
    </message>
    <message>
        <source>Go to the a&amp;ttachment</source>
        <translation>Go to the a&amp;ttachment</translation>
    </message>
    <message>
        <source>&amp;Round settings…</source>
        <translation>&amp;Round settings…</translation>
    </message>
    <message>
        <source>E&amp;xport the decision as PDF…</source>
        <translation>E&amp;xport the decision as PDF…</translation>
    </message>
    <message>
        <source>Export the jury pr&amp;otocol…</source>
        <translation>Export the jury pr&amp;otocol…</translation>
    </message>
    <message>
        <source>Stop &amp;using the shared folder</source>
        <translation>Stop &amp;using the shared folder</translation>
    </message>
    <message>
        <source>Re&amp;cent rounds:</source>
        <translation>Re&amp;cent rounds:</translation>
    </message>
    <message>
        <source>&amp;Rank the finalists</source>
        <translation>&amp;Rank the finalists</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>The finalists are ranked in the phase “%1”.</source>
        <translation>The finalists are ranked in the phase “%1”.</translation>
    </message>
    <message>
        <source>&amp;Tally of the vote</source>
        <translation>&amp;Tally of the vote</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show the &amp;decision</source>
        <translation>Show the &amp;decision</translation>
    </message>
    <message>
        <source>Tally of the vote – %1</source>
        <translation>Tally of the vote – %1</translation>
    </message>
    <message>
        <source>The decision is recorded and the round is locked.</source>
        <translation>The decision is recorded and the round is locked.</translation>
    </message>
    <message>
        <source>The jury's decision</source>
        <translation>The jury's decision</translation>
    </message>
    <message>
        <source>The decision is recorded. Export the decision as PDF now? You can export it again at any time from the Round menu.</source>
        <translation>The decision is recorded. Export the decision as PDF now? You can export it again at any time from the Round menu.</translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Log of merged return files</source>
        <translation>Log of merged return files</translation>
    </message>
    <message>
        <source>No return file has been merged yet.</source>
        <translation>No return file has been merged yet.</translation>
    </message>
    <message>
        <source>Every return file that changed the round, newest first.</source>
        <translation>Every return file that changed the round, newest first.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <source>%n return file(s) merged.</source>
        <translation><numerusform>%n return file merged.</numerusform><numerusform>%n return files merged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) new or changed.</source>
        <translation><numerusform>%n row new or changed.</numerusform><numerusform>%n rows new or changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused; nothing of them was merged.</source>
        <translation><numerusform>%n file refused; nothing of them was merged.</numerusform><numerusform>%n files refused; nothing of them was merged.</numerusform></translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Merged return files</source>
        <translation>Merged return files</translation>
    </message>
    <message>
        <source>Return files merged</source>
        <translation>Return files merged</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>The backup folder could not be created.</source>
        <translation>The backup folder could not be created.</translation>
    </message>
    <message>
        <source>No backup copy could be written before the merge, so nothing was merged (%1).</source>
        <translation>No backup copy could be written before the merge, so nothing was merged (%1).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a return file.</source>
        <translation>The file is too large to be a return file.</translation>
    </message>
    <message>
        <source>The file is not a Jurybench return file.</source>
        <translation>The file is not a Jurybench return file.</translation>
    </message>
    <message>
        <source>The return file was made by a newer version of Jurybench (format %1; this version reads up to format %2). Update Jurybench to merge it.</source>
        <translation>The return file was made by a newer version of Jurybench (format %1; this version reads up to format %2). Update Jurybench to merge it.</translation>
    </message>
    <message>
        <source>The return file belongs to another round (%1), not to this one.</source>
        <translation>The return file belongs to another round (%1), not to this one.</translation>
    </message>
    <message>
        <source>The return file is from a juror who is not on this round's jury (%1).</source>
        <translation>The return file is from a juror who is not on this round's jury (%1).</translation>
    </message>
    <message>
        <source>The return file's signature does not match %1's key: it was changed after the juror wrote it, damaged on the way, or not written by %1.</source>
        <translation>The return file's signature does not match %1's key: it was changed after the juror wrote it, damaged on the way, or not written by %1.</translation>
    </message>
    <message>
        <source>Return files are merged into the organiser's round file, not into a juror package.</source>
        <translation>Return files are merged into the organiser's round file, not into a juror package.</translation>
    </message>
    <message>
        <source>merge return files</source>
        <translation>merge return files</translation>
    </message>
</context>
<context>
    <name>MunicipalityRegistry</name>
    <message>
        <source>Unexpected columns in the municipality list.</source>
        <translation>Unexpected columns in the municipality list.</translation>
    </message>
    <message>
        <source>Wrong number of fields.</source>
        <translation>Wrong number of fields.</translation>
    </message>
    <message>
        <source>The municipality is missing.</source>
        <translation>The municipality is missing.</translation>
    </message>
    <message>
        <source>“%1” was read as %2 (%3).</source>
        <translation>“%1” was read as %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” could mean several municipalities: %2. Write the name with å, ä and ö, or the municipality code.</source>
        <translation>“%1” could mean several municipalities: %2. Write the name with å, ä and ö, or the municipality code.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”. Closest: %2.</source>
        <translation>No municipality is called “%1”. Closest: %2.</translation>
    </message>
    <message>
        <source>under %1 inhabitants</source>
        <translation>under %1 inhabitants</translation>
    </message>
    <message>
        <source>%1–%2 inhabitants</source>
        <translation>%1–%2 inhabitants</translation>
    </message>
    <message>
        <source>%1 inhabitants or more</source>
        <translation>%1 inhabitants or more</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Prize in kronor</source>
        <translation>Prize in kronor</translation>
    </message>
    <message>
        <source>Number of finalists</source>
        <translation>Number of finalists</translation>
    </message>
    <message>
        <source>Round file</source>
        <translation>Round file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose where to save the round file</source>
        <translation>Choose where to save the round file</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>&amp;Award:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Prize:</source>
        <translation>&amp;Prize:</translation>
    </message>
    <message>
        <source>&amp;Finalists:</source>
        <translation>&amp;Finalists:</translation>
    </message>
    <message>
        <source>&amp;Round file:</source>
        <translation>&amp;Round file:</translation>
    </message>
    <message>
        <source>&amp;Create round</source>
        <translation>&amp;Create round</translation>
    </message>
    <message>
        <source>Save the new round as</source>
        <translation>Save the new round as</translation>
    </message>
    <message>
        <source>Jurybench rounds (*.jury)</source>
        <translation>Jurybench rounds (*.jury)</translation>
    </message>
    <message>
        <source>Choose where to save the round file.</source>
        <translation>Choose where to save the round file.</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>The juror package was opened.</source>
        <translation>The juror package was opened.</translation>
    </message>
    <message numerus="yes">
        <source>The juror package was updated; your own work was kept (%n row(s)).</source>
        <translation><numerusform>The juror package was updated; your own work was kept (%n row).</numerusform><numerusform>The juror package was updated; your own work was kept (%n rows).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the round no longer accepts in this phase were not handed in in time and were removed.</source>
        <translation><numerusform>%n change the round no longer accepts in this phase were not handed in in time and were removed.</numerusform><numerusform>%n changes the round no longer accepts in this phase were not handed in in time and were removed.</numerusform></translation>
    </message>
    <message>
        <source>A juror package is made from the organiser's round file, not from another package.</source>
        <translation>A juror package is made from the organiser's round file, not from another package.</translation>
    </message>
    <message>
        <source>There is no juror with the id %1 in this round.</source>
        <translation>There is no juror with the id %1 in this round.</translation>
    </message>
    <message>
        <source>The file exists and is not a juror package; choose another name.</source>
        <translation>The file exists and is not a juror package; choose another name.</translation>
    </message>
    <message>
        <source>The package could not be written (%1).</source>
        <translation>The package could not be written (%1).</translation>
    </message>
    <message>
        <source>The package could not be saved.</source>
        <translation>The package could not be saved.</translation>
    </message>
    <message>
        <source>The file is a round file, not a juror package.</source>
        <translation>The file is a round file, not a juror package.</translation>
    </message>
    <message>
        <source>Your earlier copy of the round cannot be read.</source>
        <translation>Your earlier copy of the round cannot be read.</translation>
    </message>
    <message>
        <source>The package belongs to another round or another juror than your earlier copy.</source>
        <translation>The package belongs to another round or another juror than your earlier copy.</translation>
    </message>
    <message>
        <source>Your copy of the round could not be updated.</source>
        <translation>Your copy of the round could not be updated.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Create juror packages</source>
        <translation>Create juror packages</translation>
    </message>
    <message>
        <source>A package holds what a juror may see in the round's current phase, the juror's own earlier work and the juror's key. Hand it over on a USB stick, by e-mail or in a shared folder; the juror opens it in Jurybench and hands back a return file.</source>
        <translation>A package holds what a juror may see in the round's current phase, the juror's own earlier work and the juror's key. Hand it over on a USB stick, by e-mail or in a shared folder; the juror opens it in Jurybench and hands back a return file.</translation>
    </message>
    <message>
        <source>Jurors to make packages for</source>
        <translation>Jurors to make packages for</translation>
    </message>
    <message>
        <source>Space ticks or unticks a juror.</source>
        <translation>Space ticks or unticks a juror.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Jurors:</source>
        <translation>&amp;Jurors:</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Folder for the packages</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the folder for the packages</source>
        <translation>Choose the folder for the packages</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Create packages</source>
        <translation>&amp;Create packages</translation>
    </message>
    <message>
        <source>Choose a folder the packages can be written to.</source>
        <translation>Choose a folder the packages can be written to.</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Tick at least one juror.</source>
        <translation>Tick at least one juror.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1.</source>
        <translation><numerusform>%n package written to %1.</numerusform><numerusform>%n packages written to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>The PDF document could not be created.</source>
        <translation>The PDF document could not be created.</translation>
    </message>
    <message>
        <source>The fonts for the PDF document could not be loaded.</source>
        <translation>The fonts for the PDF document could not be loaded.</translation>
    </message>
    <message>
        <source>The page margins leave no room for the text.</source>
        <translation>The page margins leave no room for the text.</translation>
    </message>
    <message>
        <source>The PDF document could not be saved. Check that the folder exists and that you may write there.</source>
        <translation>The PDF document could not be saved. Check that the folder exists and that you may write there.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Finalists and follow-up questions</source>
        <translation>Finalists and follow-up questions</translation>
    </message>
    <message>
        <source>Final vote</source>
        <translation>Final vote</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Approve &amp;questions…</source>
        <translation>Approve &amp;questions…</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Follow-up questions</translation>
    </message>
    <message>
        <source>Proposed questions</source>
        <translation>Proposed questions</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Write one question to the finalist…</source>
        <translation>Write one question to the finalist…</translation>
    </message>
    <message>
        <source>Propose the question</source>
        <translation>Propose the question</translation>
    </message>
    <message>
        <source>Stores the question for the organiser (Ctrl+Enter)</source>
        <translation>Stores the question for the organiser (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Change the chosen question</source>
        <translation>Change the chosen question</translation>
    </message>
    <message>
        <source>Withdraw the chosen question</source>
        <translation>Withdraw the chosen question</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancel the change</translation>
    </message>
    <message>
        <source>Approve the questions for the letters</source>
        <translation>Approve the questions for the letters</translation>
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
        <translation>No juror has proposed a question yet.</translation>
    </message>
    <message>
        <source>You have not proposed any question yet.</source>
        <translation>You have not proposed any question yet.</translation>
    </message>
    <message>
        <source>The jurors' proposals of questions to %1. Approve them, edited and merged, into the letter to the finalist.</source>
        <translation>The jurors' proposals of questions to %1. Approve them, edited and merged, into the letter to the finalist.</translation>
    </message>
    <message>
        <source>Propose questions the jury could ask %1. The organiser collects the proposals of all jurors and sends the approved questions.</source>
        <translation>Propose questions the jury could ask %1. The organiser collects the proposals of all jurors and sends the approved questions.</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Save the change</translation>
    </message>
    <message>
        <source>New &amp;question:</source>
        <translation>New &amp;question:</translation>
    </message>
    <message>
        <source>Change the &amp;question:</source>
        <translation>Change the &amp;question:</translation>
    </message>
    <message>
        <source>Changed question</source>
        <translation>Changed question</translation>
    </message>
    <message>
        <source>The question is proposed.</source>
        <translation>The question is proposed.</translation>
    </message>
    <message>
        <source>The question is changed.</source>
        <translation>The question is changed.</translation>
    </message>
    <message>
        <source>The question is withdrawn.</source>
        <translation>The question is withdrawn.</translation>
    </message>
    <message>
        <source>Enter changes the chosen question, Delete withdraws it.</source>
        <translation>Enter changes the chosen question, Delete withdraws it.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Undocks and re-attaches the dock widget</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Closes the dock widget</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Don't Save</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Application text</source>
        <translation>Application text</translation>
    </message>
    <message>
        <source>The chosen application. Attachments are linked at the end.</source>
        <translation>The chosen application. Attachments are linked at the end.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Municipality group</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>open in PDF viewer</source>
        <translation>open in PDF viewer</translation>
    </message>
    <message>
        <source>Choose an application in the list to read it.</source>
        <translation>Choose an application in the list to read it.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), answered</source>
        <translation><numerusform>%n question, answered</numerusform><numerusform>%n questions, answered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), %1 answered</source>
        <translation><numerusform>%n question, %1 answered</numerusform><numerusform>%n questions, %1 answered</numerusform></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up questions and answers</source>
        <translation>Follow-up questions and answers</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not answered yet; the reply is due %1.</source>
        <translation>Not answered yet; the reply is due %1.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Not answered yet.</translation>
    </message>
    <message>
        <source>The answer to the letter</source>
        <translation>The answer to the letter</translation>
    </message>
    <message>
        <source>Answer as PDF, received %1:</source>
        <translation>Answer as PDF, received %1:</translation>
    </message>
</context>
<context>
    <name>ReturnFile</name>
    <message>
        <source>A return file is written from a juror package; this is the organiser's round file.</source>
        <translation>A return file is written from a juror package; this is the organiser's round file.</translation>
    </message>
    <message>
        <source>The package has no key for its juror; ask the organiser for a new package.</source>
        <translation>The package has no key for its juror; ask the organiser for a new package.</translation>
    </message>
</context>
<context>
    <name>RoundRepository</name>
    <message>
        <source>The round file has no round.</source>
        <translation>The round file has no round.</translation>
    </message>
    <message>
        <source>The award needs a name.</source>
        <translation>The award needs a name.</translation>
    </message>
    <message>
        <source>The year must be between 1900 and 2200.</source>
        <translation>The year must be between 1900 and 2200.</translation>
    </message>
    <message>
        <source>The prize cannot be negative.</source>
        <translation>The prize cannot be negative.</translation>
    </message>
    <message>
        <source>The number of finalists must be between 1 and 100.</source>
        <translation>The number of finalists must be between 1 and 100.</translation>
    </message>
    <message>
        <source>change the round's settings</source>
        <translation>change the round's settings</translation>
    </message>
    <message>
        <source>The screening mode cannot change after screening has closed.</source>
        <translation>The screening mode cannot change after screening has closed.</translation>
    </message>
    <message>
        <source>The round is decided and locked: you cannot %1.</source>
        <translation>The round is decided and locked: you cannot %1.</translation>
    </message>
    <message>
        <source>You can only %1 in the phase %2; the round is now in the phase “%3”.</source>
        <translation>You can only %1 in the phase %2; the round is now in the phase “%3”.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>The round is decided and locked; its phase cannot change.</source>
        <translation>The round is decided and locked; its phase cannot change.</translation>
    </message>
    <message>
        <source>Screening cannot start before applications are imported.</source>
        <translation>Screening cannot start before applications are imported.</translation>
    </message>
    <message>
        <source>Screening cannot start before the jury has members.</source>
        <translation>Screening cannot start before the jury has members.</translation>
    </message>
    <message>
        <source>Screening cannot start without criteria.</source>
        <translation>Screening cannot start without criteria.</translation>
    </message>
    <message>
        <source>The final vote cannot start before the finalists are chosen.</source>
        <translation>The final vote cannot start before the finalists are chosen.</translation>
    </message>
    <message>
        <source>A round is decided by recording the jury's decision, which also locks it.</source>
        <translation>A round is decided by recording the jury's decision, which also locks it.</translation>
    </message>
    <message>
        <source>The round cannot go back to preparation: jurors have already scored, recommended or commented.</source>
        <translation>The round cannot go back to preparation: jurors have already scored, recommended or commented.</translation>
    </message>
    <message>
        <source>The round can go forward, or back one step, but not from “%1” to “%2”.</source>
        <translation>The round can go forward, or back one step, but not from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>change the phase</source>
        <translation>change the phase</translation>
    </message>
    <message>
        <source>This is a juror's package: only the organiser's round file can %1.</source>
        <translation>This is a juror's package: only the organiser's round file can %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a phase's name in quotation marks</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>RoundSettingsDialog</name>
    <message>
        <source>Round settings</source>
        <translation>Round settings</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>&amp;Jury</source>
        <translation>&amp;Jury</translation>
    </message>
    <message>
        <source>Saved changes</source>
        <translation>Saved changes</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you make them.</source>
        <translation>Changes are saved as soon as you make them.</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Prize in kronor</source>
        <translation>Prize in kronor</translation>
    </message>
    <message>
        <source>Number of finalists</source>
        <translation>Number of finalists</translation>
    </message>
    <message>
        <source>Independent: jurors see only their own work until screening closes</source>
        <translation>Independent: jurors see only their own work until screening closes</translation>
    </message>
    <message>
        <source>Open deliberation: shared comments are visible at once</source>
        <translation>Open deliberation: shared comments are visible at once</translation>
    </message>
    <message>
        <source>Screening mode</source>
        <translation>Screening mode</translation>
    </message>
    <message>
        <source>Organiser contact</source>
        <translation>Organiser contact</translation>
    </message>
    <message>
        <source>Printed in the letters to finalists.</source>
        <translation>Printed in the letters to finalists.</translation>
    </message>
    <message>
        <source>Name, organisation, email, telephone</source>
        <translation>Name, organisation, email, telephone</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>&amp;Award:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Prize:</source>
        <translation>&amp;Prize:</translation>
    </message>
    <message>
        <source>&amp;Finalists:</source>
        <translation>&amp;Finalists:</translation>
    </message>
    <message>
        <source>Screening &amp;mode:</source>
        <translation>Screening &amp;mode:</translation>
    </message>
    <message>
        <source>Organiser &amp;contact:</source>
        <translation>Organiser &amp;contact:</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <source>Press F2 to edit a name or organisation, Space to mark the chair.</source>
        <translation>Press F2 to edit a name or organisation, Space to mark the chair.</translation>
    </message>
    <message>
        <source>New juror's name</source>
        <translation>New juror's name</translation>
    </message>
    <message>
        <source>New juror's organisation</source>
        <translation>New juror's organisation</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>C&amp;hair</translation>
    </message>
    <message>
        <source>New juror is the chair</source>
        <translation>New juror is the chair</translation>
    </message>
    <message>
        <source>&amp;Add juror</source>
        <translation>&amp;Add juror</translation>
    </message>
    <message>
        <source>Re&amp;move juror</source>
        <translation>Re&amp;move juror</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Remove juror</source>
        <translation>Remove juror</translation>
    </message>
    <message>
        <source>Remove %1 from the jury?</source>
        <translation>Remove %1 from the jury?</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Press F2 to edit a cell.</source>
        <translation>Press F2 to edit a cell.</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Add criterion</translation>
    </message>
    <message>
        <source>Re&amp;move criterion</source>
        <translation>Re&amp;move criterion</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <source>Remove the criterion “%1”?</source>
        <translation>Remove the criterion “%1”?</translation>
    </message>
    <message>
        <source>%1 was added to the jury.</source>
        <translation>%1 was added to the jury.</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Cri&amp;teria</source>
        <translation>Cri&amp;teria</translation>
    </message>
</context>
<context>
    <name>RowMerger</name>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>conflict of interest</translation>
    </message>
    <message>
        <source>follow-up question</source>
        <translation>follow-up question</translation>
    </message>
    <message>
        <source>ballot</source>
        <translation>ballot</translation>
    </message>
    <message>
        <source>The juror %1 is not on this round's jury.</source>
        <translation>The juror %1 is not on this round's jury.</translation>
    </message>
    <message>
        <source>The round is decided and locked; no more work can be merged into it.</source>
        <translation>The round is decided and locked; no more work can be merged into it.</translation>
    </message>
    <message>
        <source>The part “%1” is not a list.</source>
        <translation>The part “%1” is not a list.</translation>
    </message>
    <message>
        <source>A %1 row is not an object.</source>
        <translation>A %1 row is not an object.</translation>
    </message>
    <message>
        <source>A %1 row has no valid id.</source>
        <translation>A %1 row has no valid id.</translation>
    </message>
    <message>
        <source>A %1 row belongs to another juror (%2).</source>
        <translation>A %1 row belongs to another juror (%2).</translation>
    </message>
    <message>
        <source>A %1 row names a %2 this round does not have (%3).</source>
        <translation>A %1 row names a %2 this round does not have (%3).</translation>
    </message>
    <message>
        <source>The %1 on %2 has an invalid “%3”.</source>
        <translation>The %1 on %2 has an invalid “%3”.</translation>
    </message>
    <message>
        <source>The %1 on %2 has no valid version.</source>
        <translation>The %1 on %2 has no valid version.</translation>
    </message>
    <message>
        <source>The %1 on %2 does not belong to this juror.</source>
        <translation>The %1 on %2 does not belong to this juror.</translation>
    </message>
    <message>
        <source>The score %1 on %2 is outside the scale of “%3”.</source>
        <translation>The score %1 on %2 is outside the scale of “%3”.</translation>
    </message>
    <message>
        <source>The recommendation on %1 is not ja, kanske or nej.</source>
        <translation>The recommendation on %1 is not ja, kanske or nej.</translation>
    </message>
    <message>
        <source>The conflict of interest on %1 has an unknown origin.</source>
        <translation>The conflict of interest on %1 has an unknown origin.</translation>
    </message>
    <message>
        <source>The %1 on %2 belongs to another juror.</source>
        <translation>The %1 on %2 belongs to another juror.</translation>
    </message>
    <message>
        <source>The round's phase “%1” does not accept a changed %2 (on %3).</source>
        <translation>The round's phase “%1” does not accept a changed %2 (on %3).</translation>
    </message>
    <message>
        <source>The juror has a conflict of interest on %1 and cannot send a %2 for it.</source>
        <translation>The juror has a conflict of interest on %1 and cannot send a %2 for it.</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Finalist?</source>
        <translation>Finalist?</translation>
    </message>
    <message>
        <source>The jury's assessments</source>
        <translation>The jury's assessments</translation>
    </message>
    <message>
        <source>Register a conflict of &amp;interest…</source>
        <translation>Register a conflict of &amp;interest…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;Maybe</source>
        <translation>&amp;Maybe</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>No recommendation</translation>
    </message>
    <message>
        <source>Should the application be a finalist?</source>
        <translation>Should the application be a finalist?</translation>
    </message>
    <message>
        <source>The jury's scores</source>
        <translation>The jury's scores</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Comment text</translation>
    </message>
    <message>
        <source>Write a comment on the application…</source>
        <translation>Write a comment on the application…</translation>
    </message>
    <message>
        <source>A shared comment is read by the whole jury; an unshared one only by you.</source>
        <translation>A shared comment is read by the whole jury; an unshared one only by you.</translation>
    </message>
    <message>
        <source>Note (only you see it)</source>
        <translation>Note (only you see it)</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <source>No application chosen</source>
        <translation>No application chosen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You see the jury's work as the organiser. Choose a juror under “Act as” to score for them.</source>
        <translation>You see the jury's work as the organiser. Choose a juror under “Act as” to score for them.</translation>
    </message>
    <message>
        <source>You are assessing as %1.</source>
        <translation>You are assessing as %1.</translation>
    </message>
    <message>
        <source>Conflict of interest: %1. You take no part in assessing this application and do not see the other jurors' assessments of it.</source>
        <translation>Conflict of interest: %1. You take no part in assessing this application and do not see the other jurors' assessments of it.</translation>
    </message>
    <message>
        <source>Scoring opens when the organiser starts the screening.</source>
        <translation>Scoring opens when the organiser starts the screening.</translation>
    </message>
    <message>
        <source>Screening has closed; scores and recommendations can no longer change.</source>
        <translation>Screening has closed; scores and recommendations can no longer change.</translation>
    </message>
    <message>
        <source>The round is decided and locked.</source>
        <translation>The round is decided and locked.</translation>
    </message>
    <message>
        <source>Scored %1 of %2</source>
        <translation>Scored %1 of %2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>No conflicts of interest are declared on this application.</source>
        <translation>No conflicts of interest are declared on this application.</translation>
    </message>
    <message>
        <source>Conflicts of interest: %1</source>
        <translation>Conflicts of interest: %1</translation>
    </message>
    <message>
        <source>Shared comments</source>
        <translation>Shared comments</translation>
    </message>
    <message>
        <source>Score %1 on %2</source>
        <translation>Score %1 on %2</translation>
    </message>
    <message>
        <source>Clear the score on %1</source>
        <translation>Clear the score on %1</translation>
    </message>
    <message>
        <source>%1: %2, saved.</source>
        <translation>%1: %2, saved.</translation>
    </message>
    <message>
        <source>Recommendation saved: %1.</source>
        <translation>Recommendation saved: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The conflict of interest on %1 was withdrawn.</source>
        <translation>The conflict of interest on %1 was withdrawn.</translation>
    </message>
    <message>
        <source>The conflict of interest on %1 is recorded.</source>
        <translation>The conflict of interest on %1 is recorded.</translation>
    </message>
    <message>
        <source>The comment was deleted.</source>
        <translation>The comment was deleted.</translation>
    </message>
    <message>
        <source>The comment was saved.</source>
        <translation>The comment was saved.</translation>
    </message>
    <message>
        <source>Ne&amp;w comment</source>
        <translation>Ne&amp;w comment</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>E&amp;dit</translation>
    </message>
    <message>
        <source>Share with the &amp;jury</source>
        <translation>Share with the &amp;jury</translation>
    </message>
    <message>
        <source>Save &amp;comment</source>
        <translation>Save &amp;comment</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Withdraw the conflict of &amp;interest</source>
        <translation>Withdraw the conflict of &amp;interest</translation>
    </message>
    <message>
        <source>Declare a conflict of &amp;interest…</source>
        <translation>Declare a conflict of &amp;interest…</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Per criterion</source>
        <translation>Per criterion</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
</context>
<context>
    <name>ScoringSheet</name>
    <message numerus="yes">
        <source>Read %n row(s): %1 scores, %2 recommendations, %3 comments and %4 conflicts of interest changed.</source>
        <translation><numerusform>Read %n row: %1 scores, %2 recommendations, %3 comments and %4 conflicts of interest changed.</numerusform><numerusform>Read %n rows: %1 scores, %2 recommendations, %3 comments and %4 conflicts of interest changed.</numerusform></translation>
    </message>
    <message>
        <source>The scoring sheet could not be read from the round file.</source>
        <translation>The scoring sheet could not be read from the round file.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>import a screening sheet</source>
        <translation>import a screening sheet</translation>
    </message>
    <message>
        <source>The column “%1” is neither a criterion of this round nor a column of the scoring sheet.</source>
        <translation>The column “%1” is neither a criterion of this round nor a column of the scoring sheet.</translation>
    </message>
    <message>
        <source>The sheet has no “id” column; export a new sheet and fill that in.</source>
        <translation>The sheet has no “id” column; export a new sheet and fill that in.</translation>
    </message>
    <message>
        <source>The line has more fields than the header.</source>
        <translation>The line has more fields than the header.</translation>
    </message>
    <message>
        <source>No application in this round has the id “%1”.</source>
        <translation>No application in this round has the id “%1”.</translation>
    </message>
    <message>
        <source>The application is already on line %1.</source>
        <translation>The application is already on line %1.</translation>
    </message>
    <message>
        <source>A score is given on an application with a conflict of interest. Leave the scores empty, or remove the conflict.</source>
        <translation>A score is given on an application with a conflict of interest. Leave the scores empty, or remove the conflict.</translation>
    </message>
    <message>
        <source>“%1” is not a score on the scale %2–%3.</source>
        <translation>“%1” is not a score on the scale %2–%3.</translation>
    </message>
    <message>
        <source>“%1” is not a recommendation; write ja, kanske or nej.</source>
        <translation>“%1” is not a recommendation; write ja, kanske or nej.</translation>
    </message>
    <message>
        <source>A recommendation is given on an application with a conflict of interest.</source>
        <translation>A recommendation is given on an application with a conflict of interest.</translation>
    </message>
    <message numerus="yes">
        <source>Read the ballot: %n finalist(s) ranked.</source>
        <translation><numerusform>Read the ballot: %n finalist ranked.</numerusform><numerusform>Read the ballot: %n finalists ranked.</numerusform></translation>
    </message>
    <message>
        <source>The column “%1” does not belong in the final vote's sheet (id;Kommun;Titel;Rang).</source>
        <translation>The column “%1” does not belong in the final vote's sheet (id;Kommun;Titel;Rang).</translation>
    </message>
    <message>
        <source>The final vote's sheet needs the columns “id” and “Rang”; export a new sheet.</source>
        <translation>The final vote's sheet needs the columns “id” and “Rang”; export a new sheet.</translation>
    </message>
    <message>
        <source>The application is not a finalist and cannot be ranked.</source>
        <translation>The application is not a finalist and cannot be ranked.</translation>
    </message>
    <message>
        <source>“%1” is not a rank; write 1 for the best, 2 for the next, and so on.</source>
        <translation>“%1” is not a rank; write 1 for the best, 2 for the next, and so on.</translation>
    </message>
    <message>
        <source>A rank is given to a finalist the juror has a conflict of interest on.</source>
        <translation>A rank is given to a finalist the juror has a conflict of interest on.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Maybe</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <source>Only a juror's package writes a return file.</source>
        <translation>Only a juror's package writes a return file.</translation>
    </message>
    <message>
        <source>The return file could not be written to the shared folder: %1</source>
        <translation>The return file could not be written to the shared folder: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>TallyMatrixModel</name>
    <message numerus="yes">
        <source>%n juror(s) rank %1 above %2.</source>
        <translation><numerusform>%n juror rank %1 above %2.</numerusform><numerusform>%n jurors rank %1 above %2.</numerusform></translation>
    </message>
    <message>
        <source>The strongest path from %1 to %2 has strength %3.</source>
        <translation>The strongest path from %1 to %2 has strength %3.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (shared)</translation>
    </message>
    <message>
        <source>The place by the Schulze method, which decides the vote.</source>
        <translation>The place by the Schulze method, which decides the vote.</translation>
    </message>
    <message>
        <source>Borda count: on each ballot a finalist gets a point for every finalist ranked below it and half a point for every finalist tied with it.</source>
        <translation>Borda count: on each ballot a finalist gets a point for every finalist ranked below it and half a point for every finalist tied with it.</translation>
    </message>
    <message>
        <source>First places: how many jurors ranked the finalist first (tied first places share the point).</source>
        <translation>First places: how many jurors ranked the finalist first (tied first places share the point).</translation>
    </message>
    <message>
        <source>The finalist's rank on the screening leaderboard.</source>
        <translation>The finalist's rank on the screening leaderboard.</translation>
    </message>
    <message>
        <source>Place (Schulze)</source>
        <translation>Place (Schulze)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Place (Borda)</source>
        <translation>Place (Borda)</translation>
    </message>
    <message>
        <source>Borda points</source>
        <translation>Borda points</translation>
    </message>
    <message>
        <source>Place (first places)</source>
        <translation>Place (first places)</translation>
    </message>
    <message>
        <source>First places</source>
        <translation>First places</translation>
    </message>
    <message>
        <source>Screening rank</source>
        <translation>Screening rank</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>Count &amp;again</source>
        <translation>Count &amp;again</translation>
    </message>
    <message>
        <source>Count of the final vote</source>
        <translation>Count of the final vote</translation>
    </message>
    <message>
        <source>The Schulze method decides. Borda, first places and the screening are shown beside it for comparison; the winner is in bold.</source>
        <translation>The Schulze method decides. Borda, first places and the screening are shown beside it for comparison; the winner is in bold.</translation>
    </message>
    <message>
        <source>The finalists by the count</source>
        <translation>The finalists by the count</translation>
    </message>
    <message>
        <source>Pairwise preferences</source>
        <translation>Pairwise preferences</translation>
    </message>
    <message>
        <source>How many jurors rank the row's finalist above the column's.</source>
        <translation>How many jurors rank the row's finalist above the column's.</translation>
    </message>
    <message>
        <source>Strongest paths</source>
        <translation>Strongest paths</translation>
    </message>
    <message>
        <source>The strength of the strongest chain of majorities from the row's finalist to the column's; the row comes first when its number is larger than the mirrored one.</source>
        <translation>The strength of the strongest chain of majorities from the row's finalist to the column's; the row comes first when its number is larger than the mirrored one.</translation>
    </message>
    <message>
        <source>No juror has ranked the finalists yet.</source>
        <translation>No juror has ranked the finalists yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) counted.</source>
        <translation><numerusform>%n ballot counted.</numerusform><numerusform>%n ballots counted.</numerusform></translation>
    </message>
    <message>
        <source>Schulze ties for first place between %1. The chair's casting vote decides, but the jury has no chair: mark the chair in the round's settings.</source>
        <translation>Schulze ties for first place between %1. The chair's casting vote decides, but the jury has no chair: mark the chair in the round's settings.</translation>
    </message>
    <message>
        <source>Schulze ties for first place between %1. The chair's casting vote decides (the chair: %2).</source>
        <translation>Schulze ties for first place between %1. The chair's casting vote decides (the chair: %2).</translation>
    </message>
    <message>
        <source>The methods do not agree on the winner. Schulze, which decides, puts %1 first.</source>
        <translation>The methods do not agree on the winner. Schulze, which decides, puts %1 first.</translation>
    </message>
    <message>
        <source>Borda puts %1 first.</source>
        <translation>Borda puts %1 first.</translation>
    </message>
    <message>
        <source>Most first places: %1.</source>
        <translation>Most first places: %1.</translation>
    </message>
    <message>
        <source>The screening put %1 first.</source>
        <translation>The screening put %1 first.</translation>
    </message>
    <message>
        <source>Show the &amp;decision…</source>
        <translation>Show the &amp;decision…</translation>
    </message>
    <message>
        <source>Record the &amp;decision…</source>
        <translation>Record the &amp;decision…</translation>
    </message>
</context>
<context>
    <name>VoteText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>WorkCommand</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Delete comment</translation>
    </message>
</context>
<context>
    <name>WorkRepository</name>
    <message>
        <source>The juror, application or criterion no longer exists.</source>
        <translation>The juror, application or criterion no longer exists.</translation>
    </message>
    <message>
        <source>A conflict of interest is declared for this juror on this application, so they cannot %1.</source>
        <translation>A conflict of interest is declared for this juror on this application, so they cannot %1.</translation>
    </message>
    <message>
        <source>change scores</source>
        <translation>change scores</translation>
    </message>
    <message>
        <source>score it</source>
        <translation>score it</translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation>The criterion no longer exists.</translation>
    </message>
    <message>
        <source>%1 is outside the scale of “%2”, which goes from %3 to %4.</source>
        <translation>%1 is outside the scale of “%2”, which goes from %3 to %4.</translation>
    </message>
    <message>
        <source>change recommendations</source>
        <translation>change recommendations</translation>
    </message>
    <message>
        <source>recommend it</source>
        <translation>recommend it</translation>
    </message>
    <message>
        <source>write comments</source>
        <translation>write comments</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation>The comment no longer exists.</translation>
    </message>
    <message>
        <source>Only the author of a comment can change or delete it.</source>
        <translation>Only the author of a comment can change or delete it.</translation>
    </message>
    <message>
        <source>change comments</source>
        <translation>change comments</translation>
    </message>
    <message>
        <source>The comment is empty; delete it instead.</source>
        <translation>The comment is empty; delete it instead.</translation>
    </message>
    <message>
        <source>delete comments</source>
        <translation>delete comments</translation>
    </message>
    <message>
        <source>declare conflicts of interest</source>
        <translation>declare conflicts of interest</translation>
    </message>
    <message>
        <source>Give a reason for the conflict of interest.</source>
        <translation>Give a reason for the conflict of interest.</translation>
    </message>
    <message>
        <source>withdraw conflicts of interest</source>
        <translation>withdraw conflicts of interest</translation>
    </message>
    <message>
        <source>This package belongs to another juror; only their own work can change in it.</source>
        <translation>This package belongs to another juror; only their own work can change in it.</translation>
    </message>
    <message>
        <source>register conflicts of interest for jurors</source>
        <translation>register conflicts of interest for jurors</translation>
    </message>
</context>
</TS>
