<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>GroupPanel</name>
    <message>
        <source>Ballots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic: %1 of 100 — band %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic: too few answers to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Vote — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which team are you in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your function?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do marketing and sales work together in your team today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements %1 to %2 of %3. Skip any you cannot judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How true is this for your team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: anything you want to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to add? Then submit your vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you — pass the laptop on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap anywhere to start a new vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the kiosk and return to the facilitator screen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new session (Ctrl+N) or open one (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss the gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no voting round yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — round %2 — ballots: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch (Nederlands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One team per line, e.g.
Benelux
DACH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick stage vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full diagnostic (20 statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with fewer votes than this are not shown, to keep votes anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hird function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results — no voting round yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results — round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with fewer than %1 votes are hidden to keep every vote anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full-screen ballot to pass round. Leave it with Ctrl+Shift+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live counts per team and function: for your eyes only, not for the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voting round yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is open — ballots: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is closed — ballots: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open round %1? The results then show the new round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Too few votes to show — anonymity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
