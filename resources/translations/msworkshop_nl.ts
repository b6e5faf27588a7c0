<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionEditor</name>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>A name or a role</source>
        <translation>Een naam of een rol</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>&amp;Success measure</source>
        <translation>&amp;Succescriterium</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
</context>
<context>
    <name>AgreePage</name>
    <message>
        <source>Per team: agree where the relationship stands today and where it goes next. Moving one stage on is not always needed: staying and strengthening is a fine choice.</source>
        <translation>Spreek per team af waar de relatie vandaag staat en waar ze naartoe gaat. Een fase verder gaan is niet altijd nodig: blijven en versterken is ook een goede keuze.</translation>
    </message>
    <message>
        <source>Stay or move?</source>
        <translation>Blijven of verder?</translation>
    </message>
    <message>
        <source>Stay or move? Choose the agreed stage first.</source>
        <translation>Blijven of verder? Kies eerst de afgesproken fase.</translation>
    </message>
    <message>
        <source>Stay or move? — %1</source>
        <translation>Blijven of verder? — %1</translation>
    </message>
    <message>
        <source>Staying is fine when…</source>
        <translation>Blijven is prima als…</translation>
    </message>
    <message>
        <source>Time to move on when…</source>
        <translation>Tijd om verder te gaan als…</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agreed stage</source>
        <translation>Afgesproken fase</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Kept hidden so that nobody&apos;s vote can be recognised.</source>
        <translation>Verborgen, zodat niemands stem herkenbaar is.</translation>
    </message>
    <message>
        <source>not agreed last time</source>
        <translation>vorige keer niet afgesproken</translation>
    </message>
    <message>
        <source>last time: stay in %1</source>
        <translation>vorige keer: blijven in %1</translation>
    </message>
    <message>
        <source>last time: → %1</source>
        <translation>vorige keer: → %1</translation>
    </message>
    <message>
        <source>Last time: agreed %1, target %2</source>
        <translation>Vorige keer: afgesproken %1, doel %2</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>kies…</translation>
    </message>
    <message>
        <source>Stay and strengthen</source>
        <translation>Blijven en versterken</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>hidden: fewer than %1 votes</source>
        <translation>verborgen: minder dan %1 stemmen</translation>
    </message>
    <message>
        <source>most chosen: %1</source>
        <translation>meest gekozen: %1</translation>
    </message>
</context>
<context>
    <name>CloseOffer</name>
    <message>
        <source>Close the round (%1)</source>
        <translation>Ronde sluiten (%1)</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Open laten</translation>
    </message>
    <message>
        <source>Everyone you expected has voted. Close the round?</source>
        <translation>Iedereen die je verwachtte heeft gestemd. De ronde sluiten?</translation>
    </message>
    <message>
        <source>The time for the vote is up. Close the round, or give a minute more?</source>
        <translation>De tijd voor het stemmen is om. De ronde sluiten, of nog een minuut geven?</translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <source>Round %1 (the default)</source>
        <translation>Stemronde %1 (standaard)</translation>
    </message>
    <message>
        <source>Round %1 · ballots: %2</source>
        <translation>Stemronde %1 · stembiljetten: %2</translation>
    </message>
    <message>
        <source>The plan, the handout and every export use this round. By default: the round the room agreed in, else the latest closed round.</source>
        <translation>Het plan, de hand-out en elke export gebruiken deze stemronde. Standaard: de ronde waarin de zaal afspraken maakte, anders de laatste gesloten ronde.</translation>
    </message>
    <message>
        <source>&amp;Handout: one page per team</source>
        <translation>&amp;Hand-out: één pagina per team</translation>
    </message>
    <message>
        <source>Re&amp;fresh preview</source>
        <translation>Voorbeeld &amp;vernieuwen</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Op basis van:</translation>
    </message>
    <message>
        <source>Phones show each team its plan</source>
        <translation>Telefoons tonen elk team zijn plan</translation>
    </message>
    <message>
        <source>On the phone page, each participant then sees their team&apos;s agreed stage, target and actions, with a calendar file and the handout page to download.</source>
        <translation>Op de telefoonpagina ziet elke deelnemer dan de afgesproken fase, het doel en de acties van zijn team, met een agendabestand en de hand-outpagina om te downloaden.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>Open in PDF &amp;viewer</source>
        <translation>Openen in pdf-&amp;lezer</translation>
    </message>
    <message>
        <source>Actions as &amp;CSV…</source>
        <translation>Acties als &amp;CSV…</translation>
    </message>
    <message>
        <source>Actions as &amp;Markdown…</source>
        <translation>Acties als &amp;Markdown…</translation>
    </message>
    <message>
        <source>Due dates to &amp;calendar…</source>
        <translation>Deadlines naar a&amp;genda…</translation>
    </message>
    <message>
        <source>Paper &amp;ballots…</source>
        <translation>Papieren stem&amp;biljetten…</translation>
    </message>
    <message>
        <source>B&amp;lank ballot…</source>
        <translation>L&amp;eeg stembiljet…</translation>
    </message>
    <message>
        <source>&amp;Questionnaire for a form tool…</source>
        <translation>Vragenlijst voor een &amp;formuliertool…</translation>
    </message>
    <message>
        <source>The questions to build in Google Forms or Microsoft Forms before the day, in the session&apos;s language: their export then imports as it is (Vote → Import answers…).</source>
        <translation>De vragen om vóór de dag in Google Forms of Microsoft Forms na te bouwen, in de taal van de sessie: de export daarvan importeer je dan zoals hij is (Stemmen → Antwoorden importeren…).</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 pagina&apos;s naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Save the action plan</source>
        <translation>Actieplan opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. Use Save as PDF and open the file yourself.</source>
        <translation>Er kon geen pdf-lezer worden gestart. Kies Opslaan als pdf en open het bestand zelf.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-bestanden (*.md)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Save the questionnaire</source>
        <translation>Vragenlijst opslaan</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
</context>
<context>
    <name>CloseRound</name>
    <message>
        <source>Close round %1</source>
        <translation>Stemronde %1 sluiten</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <source>No voting round yet.</source>
        <translation>Nog geen stemronde.</translation>
    </message>
    <message>
        <source>Comments appear here once the round is closed, in random order, so that no comment can be linked to a vote.</source>
        <translation>Opmerkingen verschijnen hier zodra de stemronde gesloten is, in willekeurige volgorde, zodat geen opmerking aan een stem te koppelen is.</translation>
    </message>
    <message>
        <source>Comments in random order; groups below the anonymity threshold are left out.</source>
        <translation>Opmerkingen in willekeurige volgorde; groepen onder de anonimiteitsdrempel zijn weggelaten.</translation>
    </message>
    <message>
        <source>No comments in this round.</source>
        <translation>Geen opmerkingen in deze stemronde.</translation>
    </message>
</context>
<context>
    <name>DotVotePanel</name>
    <message>
        <source>Open for all teams</source>
        <translation>Open voor alle teams</translation>
    </message>
    <message>
        <source>Close and sort</source>
        <translation>Sluiten en sorteren</translation>
    </message>
    <message>
        <source>Close the vote: phones can no longer change their dots; the plan is ordered by dots (Undo puts it back).</source>
        <translation>Sluit de stemming: telefoons kunnen hun stippen niet meer verzetten; het plan wordt op stippen gesorteerd (Ongedaan maken zet het terug).</translation>
    </message>
    <message>
        <source>Open the vote on the actions for all teams</source>
        <translation>Stemming over de acties openen voor alle teams</translation>
    </message>
    <message>
        <source>Sort by dots</source>
        <translation>Sorteer op stippen</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Stemming heropenen</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Stemming openen</translation>
    </message>
    <message>
        <source>Hide the ranking</source>
        <translation>Volgorde verbergen</translation>
    </message>
    <message>
        <source>Show the ranking</source>
        <translation>Volgorde tonen</translation>
    </message>
    <message>
        <source>Vote on the actions: each person places %1 dots with their phone, at most two on one action.</source>
        <translation>Stemmen op de acties: iedereen zet met de telefoon %1 stippen, hoogstens twee op één actie.</translation>
    </message>
    <message>
        <source>People who placed dots: %1; dots placed: %2.</source>
        <translation>Mensen die stippen zetten: %1; gezette stippen: %2.</translation>
    </message>
    <message>
        <source>The vote is open.</source>
        <translation>De stemming is open.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>De stemming is gesloten.</translation>
    </message>
    <message>
        <source>Dots per function stay hidden: a function has fewer than %1 people in this vote.</source>
        <translation>Stippen per functie blijven verborgen: een functie heeft minder dan %1 mensen in deze stemming.</translation>
    </message>
    <message>
        <source>Open the vote on the actions</source>
        <translation>Stemming over de acties openen</translation>
    </message>
    <message>
        <source>Close the vote and sort by dots</source>
        <translation>Stemming sluiten en op stippen sorteren</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>New follow-up session</source>
        <translation>Nieuwe vervolgsessie</translation>
    </message>
    <message>
        <source>A new session with the same teams, functions and settings as this one. It starts with a look back at what was agreed and planned here; this session&apos;s file is not changed.</source>
        <translation>Een nieuwe sessie met dezelfde teams, functies en instellingen als deze. Ze begint met een terugblik op wat hier is afgesproken en gepland; het bestand van deze sessie verandert niet.</translation>
    </message>
    <message>
        <source>Set the date</source>
        <translation>Datum instellen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
</context>
<context>
    <name>FollowupState</name>
    <message>
        <source>Status of an action</source>
        <translation>Status van een actie</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>#</source>
        <translation>nr.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Verschil</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <source>Show this team&apos;s gaps on the projector</source>
        <translation>Teamverschillen op de projector</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation>Gespreksvraag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Comments (%1 new)</source>
        <translation>Opmerkingen (%1 nieuw)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Gaps are on the projector</source>
        <translation>Verschillen staan op de projector</translation>
    </message>
    <message>
        <source>Too few votes to show — anonymity: %1</source>
        <translation>Te weinig stemmen om te tonen — anonimiteit: %1</translation>
    </message>
    <message>
        <source>No statements to compare yet: at least two functions need enough answers.</source>
        <translation>Nog geen stellingen om te vergelijken: minstens twee functies hebben genoeg antwoorden nodig.</translation>
    </message>
    <message>
        <source>Largest difference first. Each function: mean answer (1 to 5) ± spread, how much people within it disagree.</source>
        <translation>Grootste verschil eerst. Per functie: gemiddeld antwoord (1 tot 5) ± spreiding, hoe sterk de mensen binnen die functie van mening verschillen.</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Ballots: %1</source>
        <translation>Stembiljetten: %1</translation>
    </message>
    <message>
        <source>Most chosen: %1</source>
        <translation>Meest gekozen: %1</translation>
    </message>
    <message>
        <source> · mean %1</source>
        <translation> · gemiddeld %1</translation>
    </message>
    <message>
        <source>No stage votes</source>
        <translation>Geen stemmen op een fase</translation>
    </message>
    <message>
        <source>Diagnostic: %1 of 100 — band %2</source>
        <translation>Diagnose: %1 van 100 — scoreband %2</translation>
    </message>
    <message>
        <source> — the statements point to %1</source>
        <translation> — de stellingen wijzen op %1</translation>
    </message>
    <message>
        <source>Diagnostic: too few answers to show</source>
        <translation>Diagnose: te weinig antwoorden om te tonen</translation>
    </message>
</context>
<context>
    <name>ImportColumnsModel</name>
    <message>
        <source>Leave out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Use as %1</source>
        <translation>Gebruik als %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Gebruikt als</translation>
    </message>
    <message>
        <source>Close match</source>
        <translation>Bijna gelijk</translation>
    </message>
    <message>
        <source>Sample answers</source>
        <translation>Voorbeeldantwoorden</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(niet getoond)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import answers</source>
        <translation>Antwoorden importeren</translation>
    </message>
    <message>
        <source>Form exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Formulierexports (*.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Check what each column of the file will be used for, and change what is wrong. Names, e-mail addresses, IDs and times are never stored.</source>
        <translation>Kijk na waarvoor elke kolom van het bestand gebruikt wordt, en verander wat niet klopt. Namen, e-mailadressen, ID&apos;s en tijden worden nooit bewaard.</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>Ander &amp;bestand kiezen…</translation>
    </message>
    <message>
        <source>Into &amp;round:</source>
        <translation>In stem&amp;ronde:</translation>
    </message>
    <message>
        <source>Import only the &amp;valid lines</source>
        <translation>Alleen de &amp;geldige regels importeren</translation>
    </message>
    <message>
        <source>Import &amp;again anyway</source>
        <translation>Toch &amp;opnieuw importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Round 1 (opened by the import)</source>
        <translation>Stemronde 1 (wordt geopend door de import)</translation>
    </message>
    <message>
        <source>Round %1 (open)</source>
        <translation>Stemronde %1 (open)</translation>
    </message>
    <message>
        <source>Round %1 (closed)</source>
        <translation>Stemronde %1 (gesloten)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Ballots to add: %1</source>
        <translation>Stembiljetten erbij: %1</translation>
    </message>
    <message>
        <source>No ballots to add yet.</source>
        <translation>Nog geen stembiljetten om toe te voegen.</translation>
    </message>
    <message>
        <source>Lines that will be skipped, and why: %1</source>
        <translation>Regels die worden overgeslagen, en waarom: %1</translation>
    </message>
    <message>
        <source>Every line can be imported.</source>
        <translation>Elke regel kan worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Select a column to see its header and reason in full.</source>
        <translation>Kies een kolom om de kolomkop en de reden volledig te zien.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Kolom %1: %2</translation>
    </message>
    <message>
        <source>Sample answers: %1</source>
        <translation>Voorbeeldantwoorden: %1</translation>
    </message>
    <message>
        <source>Import answers from %1</source>
        <translation>Antwoorden importeren uit %1</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Voting by phone</source>
        <translation>Stemmen met de telefoon</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopiëren</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netwerk:</translation>
    </message>
    <message>
        <source>The network the room is on: Wi-Fi, a phone hotspot…</source>
        <translation>Het netwerk waarop de zaal zit: wifi, een hotspot van een telefoon…</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Nieuwe link…</translation>
    </message>
    <message>
        <source>Make a new link; the old link and QR code stop working.</source>
        <translation>Maak een nieuwe link; de oude link en QR-code werken dan niet meer.</translation>
    </message>
    <message>
        <source>Phones do not connect? Check that they are on the same Wi-Fi as this laptop. Guest networks often keep devices apart: then start a hotspot on a phone, connect this laptop to it and pick it above. No phones? Use the kiosk or paper ballots.</source>
        <translation>Maken telefoons geen verbinding? Controleer of ze op dezelfde wifi zitten als deze laptop. Gastnetwerken houden apparaten vaak van elkaar gescheiden: start dan een hotspot op een telefoon, verbind deze laptop ermee en kies die hierboven. Geen telefoons? Gebruik de kiosk of papieren stembiljetten.</translation>
    </message>
    <message>
        <source>Phone voting is not available</source>
        <translation>Stemmen met de telefoon is niet beschikbaar</translation>
    </message>
    <message>
        <source>Make a new link? Phones that opened the old link must scan the new QR code.</source>
        <translation>Een nieuwe link maken? Telefoons die de oude link openden, moeten de nieuwe QR-code scannen.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Leave the kiosk and return to the facilitator screen?</source>
        <translation>De kiosk verlaten en teruggaan naar het scherm van de begeleider?</translation>
    </message>
</context>
<context>
    <name>LastTimePage</name>
    <message>
        <source>Look back with the room, one team at a time: what it agreed last time, and for each action whether it is done, in progress, not started or dropped. Add a short note where it helps. PageDown moves on to the next team.</source>
        <translation>Kijk met de zaal terug, één team tegelijk: wat het de vorige keer afsprak, en per actie of die klaar is, bezig, niet begonnen of geschrapt. Zet er een korte notitie bij waar dat helpt. PageDown gaat naar het volgende team.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>This session is not a follow-up. Make one from an earlier session with Session → New follow-up session…</source>
        <translation>Deze sessie is geen vervolgsessie. Maak er een vanuit een eerdere sessie met Sessie → Nieuwe vervolgsessie…</translation>
    </message>
    <message>
        <source>Last time: %1</source>
        <translation>Vorige keer: %1</translation>
    </message>
    <message>
        <source>%1 of %2 actions decided</source>
        <translation>%1 van %2 acties besproken</translation>
    </message>
    <message>
        <source>no actions</source>
        <translation>geen acties</translation>
    </message>
</context>
<context>
    <name>LiveCountsModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>More ballots than people: someone may have voted twice</source>
        <translation>Meer stemmen dan mensen: iemand heeft misschien twee keer gestemd</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nieuwe sessie…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sessie &amp;openen…</translation>
    </message>
    <message>
        <source>Session &amp;set-up…</source>
        <translation>Sessie-&amp;instellingen…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>Sessie &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>New &amp;follow-up session…</source>
        <translation>Nieuwe &amp;vervolgsessie…</translation>
    </message>
    <message>
        <source>A new session with the same teams that starts from this one&apos;s results</source>
        <translation>Een nieuwe sessie met dezelfde teams die begint bij de uitkomsten van deze</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Start &amp;presenting</source>
        <translation>&amp;Presentatie starten</translation>
    </message>
    <message>
        <source>&amp;Stop presenting</source>
        <translation>Presentatie &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Blank the projector</source>
        <translation>Projector op &amp;zwart</translation>
    </message>
    <message>
        <source>&amp;Reveal the results</source>
        <translation>&amp;Resultaten onthullen</translation>
    </message>
    <message>
        <source>&amp;Open a voting round</source>
        <translation>Stemronde &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Close the voting round</source>
        <translation>Stemronde &amp;sluiten</translation>
    </message>
    <message>
        <source>Start the &amp;kiosk</source>
        <translation>&amp;Kiosk starten</translation>
    </message>
    <message>
        <source>Type in &amp;paper ballots…</source>
        <translation>&amp;Papieren stembiljetten invoeren…</translation>
    </message>
    <message>
        <source>Import &amp;answers…</source>
        <translation>&amp;Antwoorden importeren…</translation>
    </message>
    <message>
        <source>Show the &amp;timer on the projector</source>
        <translation>&amp;Timer tonen op de projector</translation>
    </message>
    <message>
        <source>&amp;Mirrored display: present full screen on this screen</source>
        <translation>&amp;Gespiegeld beeld: volledig scherm op dit scherm presenteren</translation>
    </message>
    <message>
        <source>For a projector that shows a copy of the laptop screen. Esc returns to this window.</source>
        <translation>Voor een projector die een kopie van het laptopscherm toont. Met Esc kom je terug in dit venster.</translation>
    </message>
    <message>
        <source>&amp;Dark projector theme</source>
        <translation>&amp;Donker projectorthema</translation>
    </message>
    <message>
        <source>Projector &amp;screen</source>
        <translation>Pro&amp;jectorscherm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <source>Leave the kiosk (with confirmation)</source>
        <translation>De kiosk verlaten (met bevestiging)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presenteren</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>S&amp;temmen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No session open</source>
        <translation>Geen sessie geopend</translation>
    </message>
    <message>
        <source>Create a new session (Ctrl+N) or open one (Ctrl+O).</source>
        <translation>Maak een nieuwe sessie (Ctrl+N) of open er een (Ctrl+O).</translation>
    </message>
    <message>
        <source>Presenting stopped. Press F5 to show the room the same view again.</source>
        <translation>Presenteren gestopt. Druk op F5 om de zaal hetzelfde beeld weer te laten zien.</translation>
    </message>
    <message>
        <source>The session file %1 was deleted or replaced by another file. Nothing is lost yet: phones are told their vote was not stored, and nothing is written to that path. Save the session under a new name to go on.</source>
        <translation>Het sessiebestand %1 is verwijderd of vervangen door een ander bestand. Er is nog niets verloren: telefoons horen dat hun stem niet is bewaard, en er wordt niets naar die plek geschreven. Bewaar de sessie onder een nieuwe naam om verder te gaan.</translation>
    </message>
    <message>
        <source>Projector: off (F5)</source>
        <translation>Projector: uit (F5)</translation>
    </message>
    <message>
        <source>Projector: BLANK (B)</source>
        <translation>Projector: ZWART (B)</translation>
    </message>
    <message>
        <source>Projector: on</source>
        <translation>Projector: aan</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Papieren stembiljetten</translation>
    </message>
    <message>
        <source>%1 — no voting round yet</source>
        <translation>%1 — nog geen stemronde</translation>
    </message>
    <message>
        <source>%1 — round %2 — ballots: %3</source>
        <translation>%1 — stemronde %2 — stembiljetten: %3</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Geen recente sessies</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No notes for this step.</source>
        <translation>Geen aantekeningen bij deze stap.</translation>
    </message>
    <message>
        <source>Timebox: %1 min</source>
        <translation>Tijd: %1 min</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Wat je zegt</translation>
    </message>
    <message>
        <source>Watch for</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Bezwaren</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Gap (stages)</source>
        <translation>Verschil (fases)</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>Verschil (punten)</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stembiljetten</translation>
    </message>
    <message>
        <source>Too few votes to show — anonymity</source>
        <translation>Te weinig stemmen om te tonen — anonimiteit</translation>
    </message>
    <message>
        <source>%1 (mean %2)</source>
        <translation>%1 (gemiddeld %2)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>Band %1
score %2</source>
        <translation>Scoreband %1
score %2</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Nog geen stemmen</translation>
    </message>
</context>
<context>
    <name>PlanActionsModel</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Add ticked</source>
        <translation>Aangevinkte toevoegen</translation>
    </message>
    <message>
        <source>Add all</source>
        <translation>Alle toevoegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Voorgestelde acties&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nieuwe actie</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <source>&lt;b&gt;The team&apos;s plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Het plan van het team&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No stage agreed for this team yet: agree one in the previous step to see suggestions. You can still add your own actions.</source>
        <translation>Voor dit team is nog geen fase afgesproken: spreek die af in de vorige stap om voorstellen te zien. Je kunt wel al eigen acties toevoegen.</translation>
    </message>
    <message>
        <source>Stay in %1 and strengthen it.</source>
        <translation>In %1 blijven en dat versterken.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Van %1 naar %2.</translation>
    </message>
    <message>
        <source>%1 (in the plan)</source>
        <translation>%1 (staat in het plan)</translation>
    </message>
    <message>
        <source>Add suggested actions</source>
        <translation>Voorgestelde acties toevoegen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Reorder actions</source>
        <translation>Volgorde van acties wijzigen</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation>Actie bewerken</translation>
    </message>
</context>
<context>
    <name>PlanState</name>
    <message>
        <source>Agree stage</source>
        <translation>Fase afspreken</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>msworkshop — projector: what the room sees</source>
        <translation>msworkshop — projector: wat de zaal ziet</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>On the projector now</source>
        <translation>Nu op de projector</translation>
    </message>
    <message>
        <source>After the next reveal</source>
        <translation>Na de volgende onthulling</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Stemrondes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Projector preview</source>
        <translation>Voorbeeld projector</translation>
    </message>
    <message>
        <source>Results — no voting round yet</source>
        <translation>Uitslag — nog geen stemronde</translation>
    </message>
    <message>
        <source>Results — round %1</source>
        <translation>Uitslag — stemronde %1</translation>
    </message>
    <message>
        <source>Groups with fewer than %1 votes are hidden to keep every vote anonymous. Nothing reaches the projector until you reveal it.</source>
        <translation>Groepen met minder dan %1 stemmen worden niet getoond, zodat elke stem anoniem blijft. Niets komt op de projector voordat je het onthult.</translation>
    </message>
</context>
<context>
    <name>RevealPanel</name>
    <message>
        <source>All teams at once</source>
        <translation>Alle teams tegelijk</translation>
    </message>
    <message>
        <source>Reveal next</source>
        <translation>Volgende onthullen</translation>
    </message>
    <message>
        <source>Show the next part on the projector (R)</source>
        <translation>Het volgende deel op de projector tonen (R)</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Alles onthullen</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>Alles verbergen</translation>
    </message>
    <message>
        <source>On the projector:</source>
        <translation>Op de projector:</translation>
    </message>
    <message>
        <source>Revealed — %1</source>
        <translation>Onthuld — %1</translation>
    </message>
    <message>
        <source>Nothing is revealed yet: the projector shows no results.</source>
        <translation>Nog niets onthuld: de projector toont geen resultaten.</translation>
    </message>
    <message>
        <source>Everything is revealed.</source>
        <translation>Alles is onthuld.</translation>
    </message>
    <message>
        <source>Next reveal: %1 — %2</source>
        <translation>Volgende onthulling: %1 — %2</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status today</source>
        <translation>Status nu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>RoomCommentQueue</name>
    <message>
        <source>Phones may send comments</source>
        <translation>Telefoons mogen opmerkingen sturen</translation>
    </message>
    <message>
        <source>While ticked, phones show a box for a question or comment for the room.</source>
        <translation>Zolang dit aangevinkt is, tonen telefoons een vak voor een vraag of opmerking voor de zaal.</translation>
    </message>
    <message>
        <source>Cards on the projector</source>
        <translation>Kaarten op de projector</translation>
    </message>
    <message>
        <source>The room sees the approved comments as cards instead of the gaps.</source>
        <translation>De zaal ziet de goedgekeurde opmerkingen als kaarten, in plaats van de verschillen.</translation>
    </message>
    <message>
        <source>Show team and function</source>
        <translation>Team en functie tonen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Edit the comment</source>
        <translation>Opmerking bewerken</translation>
    </message>
    <message>
        <source>Take out names or anything that points at a person (at most %1 characters):</source>
        <translation>Haal namen weg en alles wat naar een persoon wijst (hoogstens %1 tekens):</translation>
    </message>
    <message>
        <source>Cards name the writer&apos;s team and function. Comments of groups with fewer than %1 votes this round are never shown.</source>
        <translation>Kaarten noemen het team en de functie van de schrijver. Opmerkingen van groepen met minder dan %1 stemmen in deze ronde worden nooit getoond.</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nieuw</translation>
    </message>
    <message>
        <source>%1 on the cards</source>
        <translation>%1 op de kaarten</translation>
    </message>
    <message>
        <source>%1 approved but waiting for enough votes</source>
        <translation>%1 goedgekeurd, wachten op genoeg stemmen</translation>
    </message>
    <message>
        <source>No comments yet. Phones show a comment box while comments are open.</source>
        <translation>Nog geen opmerkingen. Telefoons tonen een opmerkingenvak zolang opmerkingen open staan.</translation>
    </message>
    <message>
        <source>Next cards (slide %1 of %2)</source>
        <translation>Volgende kaarten (dia %1 van %2)</translation>
    </message>
    <message>
        <source>Take off the cards</source>
        <translation>Van de kaarten halen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
</context>
<context>
    <name>RoomComments</name>
    <message>
        <source>Approve a comment</source>
        <translation>Opmerking goedkeuren</translation>
    </message>
    <message>
        <source>Take a comment off the cards</source>
        <translation>Opmerking van de kaarten halen</translation>
    </message>
    <message>
        <source>Edit a comment</source>
        <translation>Opmerking bewerken</translation>
    </message>
    <message>
        <source>Drop a comment</source>
        <translation>Opmerking weggooien</translation>
    </message>
</context>
<context>
    <name>RoomCommentsModel</name>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>new, not approved yet</source>
        <translation>nieuw, nog niet goedgekeurd</translation>
    </message>
    <message>
        <source>approved, waits: this group has %1 of the %2 votes it needs this round</source>
        <translation>goedgekeurd, wacht: deze groep heeft %1 van de %2 stemmen die hij deze ronde nodig heeft</translation>
    </message>
    <message>
        <source>approved, on the cards</source>
        <translation>goedgekeurd, op de kaarten</translation>
    </message>
</context>
<context>
    <name>RoomPreview</name>
    <message>
        <source>The room sees: nothing (projector off)</source>
        <translation>De zaal ziet: niets (projector uit)</translation>
    </message>
    <message>
        <source>F5 shows this step to the room</source>
        <translation>F5 laat deze stap aan de zaal zien</translation>
    </message>
    <message>
        <source>The room sees: a black screen (B)</source>
        <translation>De zaal ziet: een zwart scherm (B)</translation>
    </message>
    <message>
        <source>The room sees now</source>
        <translation>De zaal ziet nu</translation>
    </message>
    <message>
        <source>R: everything is revealed</source>
        <translation>R: alles is onthuld</translation>
    </message>
    <message>
        <source>R: %1 — %2</source>
        <translation>R: %1 — %2</translation>
    </message>
    <message>
        <source>PageDown: stage %1, %2</source>
        <translation>PageDown: fase %1, %2</translation>
    </message>
    <message>
        <source>PageDown: this is the last step</source>
        <translation>PageDown: dit is de laatste stap</translation>
    </message>
    <message>
        <source>PageDown: %1</source>
        <translation>PageDown: %1</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Stage %1 → %2</source>
        <translation>Fase %1 → %2</translation>
    </message>
    <message>
        <source>Score %1 → %2</source>
        <translation>Score %1 → %2</translation>
    </message>
    <message>
        <source>hidden (anonymity)</source>
        <translation>verborgen (anonimiteit)</translation>
    </message>
    <message>
        <source>Fewer than %1 votes in one of the rounds: not shown, so nobody can be recognised.</source>
        <translation>Minder dan %1 stemmen in een van de rondes: niet getoond, zodat niemand herkenbaar is.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Beweging</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>Verschil in beeld</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>Compare round</source>
        <translation>Vergelijk stemronde</translation>
    </message>
    <message>
        <source>with round</source>
        <translation>met stemronde</translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation>Toon op de projector</translation>
    </message>
    <message>
        <source>The room sees how the team in focus moved between the two rounds. Press again, or R for the next reveal step, to go back.</source>
        <translation>De zaal ziet hoe het team in beeld bewoog tussen de twee rondes. Druk nog eens, of op R voor de volgende onthulstap, om terug te gaan.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Stemronde %1</translation>
    </message>
    <message>
        <source>Open a second voting round (e.g. after the discussion) to compare two rounds.</source>
        <translation>Open een tweede stemronde (bijvoorbeeld na het gesprek) om twee stemrondes te vergelijken.</translation>
    </message>
    <message>
        <source>Choose two different rounds.</source>
        <translation>Kies twee verschillende stemrondes.</translation>
    </message>
    <message>
        <source>Stage: mean stage vote (1 to 4). Score: diagnostic score (20 to 100). A group hidden in either round shows no change.</source>
        <translation>Fase: gemiddelde stem op een fase (1 tot 4). Score: diagnosescore (20 tot 100). Een groep die in een van beide stemrondes verborgen is, toont geen verandering.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Session set-up</source>
        <translation>Sessie-instellingen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Kies een sjabloon…</translation>
    </message>
    <message>
        <source>One team</source>
        <translation>Eén team</translation>
    </message>
    <message>
        <source>Several regions</source>
        <translation>Meerdere regio&apos;s</translation>
    </message>
    <message>
        <source>One team, with customer service</source>
        <translation>Eén team, met klantenservice</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels (English)</translation>
    </message>
    <message>
        <source>Dutch (Nederlands)</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>A third function:</source>
        <translation>Een derde functie:</translation>
    </message>
    <message>
        <source>its name, e.g. Customer service</source>
        <translation>de naam, bijvoorbeeld Klantenservice</translation>
    </message>
    <message>
        <source>Quick stage vote</source>
        <translation>Snelle stemming op een fase</translation>
    </message>
    <message>
        <source>Full diagnostic (20 statements)</source>
        <translation>Volledige diagnose (20 stellingen)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Allebei</translation>
    </message>
    <message>
        <source>Groups with fewer votes than this are not shown, to keep votes anonymous.</source>
        <translation>Groepen met minder stemmen dan dit worden niet getoond, zodat stemmen anoniem blijven.</translation>
    </message>
    <message>
        <source>Marketing (blue) and Sales (orange) always take part.</source>
        <translation>Marketing (blauw) en Sales (oranje) doen altijd mee.</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>S&amp;jabloon:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Begeleider:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation>T&amp;eams:</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>Functies:</translation>
    </message>
    <message>
        <source>&amp;Voting:</source>
        <translation>&amp;Stemwijze:</translation>
    </message>
    <message>
        <source>Anonymity &amp;threshold:</source>
        <translation>Anonimiteitsd&amp;rempel:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Aanmaken…</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) have been cast by “%1”. Remove this function and delete its votes? (Undo brings them back.)</source>
        <translation>
            <numerusform>Er is %n stem uitgebracht door “%1”. Deze functie verwijderen en de stem wissen? (Met Ongedaan maken komt die terug.)</numerusform>
            <numerusform>Er zijn %n stemmen uitgebracht door “%1”. Deze functie verwijderen en de stemmen wissen? (Met Ongedaan maken komen ze terug.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutOverview</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Run the session from the keyboard, like presentation software.</source>
        <translation>Leid de sessie met het toetsenbord, zoals met presentatiesoftware.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message>
        <source>← Previous slide</source>
        <translation>← Vorige dia</translation>
    </message>
    <message>
        <source>Next slide →</source>
        <translation>Volgende dia →</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Dia %1 van %2</translation>
    </message>
    <message>
        <source>Hallmarks (for you to mention)</source>
        <translation>Kenmerken (om te noemen)</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <source>This step comes in a later version.</source>
        <translation>Deze stap komt in een latere versie.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>The four stages</source>
        <translation>De vier fases</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>Discuss the gaps</source>
        <translation>Verschillen bespreken</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Afspreken</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>%1%2 · %3 min</source>
        <translation>%1%2 · %3 min</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <source>Paper ballots</source>
        <translation>Papieren stembiljetten</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Add ballot (Enter)</source>
        <translation>Stembiljet toe&amp;voegen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Stage (1-4):</source>
        <translation>F&amp;ase (1-4):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Check against the paper:</source>
        <translation>Vergelijk met het papier:</translation>
    </message>
    <message>
        <source>Add these &amp;ballots</source>
        <translation>Deze stem&amp;biljetten toevoegen</translation>
    </message>
    <message>
        <source>Take &amp;back the last entry</source>
        <translation>Laatste invoer &amp;terugnemen</translation>
    </message>
    <message>
        <source>Removes the paper ballots you added last (also Edit → Undo).</source>
        <translation>Haalt de papieren stembiljetten weg die je het laatst hebt toegevoegd (ook Bewerken → Ongedaan maken).</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Closes this window. The ballots you added are kept.</source>
        <translation>Sluit dit venster. De stembiljetten die je hebt toegevoegd, blijven bewaard.</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>Geen sessie geopend.</translation>
    </message>
    <message>
        <source>“%1” is not a stage: type 1, 2, 3 or 4.</source>
        <translation>“%1” is geen fase: typ 1, 2, 3 of 4.</translation>
    </message>
    <message>
        <source>“%1” is not an answer for statement %2: type 1 to 5, or Space to leave it blank.</source>
        <translation>“%1” is geen antwoord bij stelling %2: typ 1 tot en met 5, of een spatie om hem leeg te laten.</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>stage %1 %2</source>
        <translation>fase %1 %2</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>fase %1</translation>
    </message>
    <message>
        <source>s%1 %2</source>
        <translation>s%1 %2</translation>
    </message>
    <message>
        <source>comment “%1”</source>
        <translation>opmerking “%1”</translation>
    </message>
    <message>
        <source>Added: %1 (%2 in total).</source>
        <translation>Toegevoegd: %1 (%2 in totaal).</translation>
    </message>
    <message>
        <source>The last entry was taken back.</source>
        <translation>De laatste invoer is teruggenomen.</translation>
    </message>
    <message>
        <source>No answer typed for statements %1. Type them in, or press Enter again to add the ballot with them blank.</source>
        <translation>Geen antwoord getypt bij stellingen %1. Typ ze alsnog in, of druk nog eens op Enter om het stembiljet toe te voegen met die stellingen leeg.</translation>
    </message>
    <message>
        <source>Whole forms</source>
        <translation>Hele formulieren</translation>
    </message>
    <message>
        <source>Answers 1-5 (Space leaves one blank):</source>
        <translation>Antwoorden 1-5 (een spatie laat er een leeg):</translation>
    </message>
    <message>
        <source>Counts per stage</source>
        <translation>Aantallen per fase</translation>
    </message>
    <message>
        <source>Open a voting round first: paper ballots join the open round.</source>
        <translation>Open eerst een stemronde: papieren stembiljetten tellen mee in de open stemronde.</translation>
    </message>
    <message>
        <source>Add paper ballots for %2 · %3 (%1)</source>
        <translation>Papieren stembiljetten toevoegen voor %2 · %3 (%1)</translation>
    </message>
    <message>
        <source>Paper ballots added for %2 · %3: %1 (%4 in total).</source>
        <translation>Papieren stembiljetten toegevoegd voor %2 · %3: %1 (%4 in totaal).</translation>
    </message>
</context>
<context>
    <name>TeamNotesEditor</name>
    <message>
        <source>Notes for this team (saved in the session, printed in the action plan)</source>
        <translation>Aantekeningen bij dit team (bewaard in de sessie, afgedrukt in het actieplan)</translation>
    </message>
    <message>
        <source>What did the team say? What surprised them?</source>
        <translation>Wat zei het team? Wat verraste hen?</translation>
    </message>
    <message>
        <source>Edit team notes</source>
        <translation>Aantekeningen bij team bewerken</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Diagnostic score and band</source>
        <translation>Diagnosescore en scoreband</translation>
    </message>
    <message>
        <source>Per dimension (mean answer, 1 to 5)</source>
        <translation>Per thema (gemiddeld antwoord, 1 tot 5)</translation>
    </message>
    <message>
        <source>Stage profile: how far each stage&apos;s hallmarks are met</source>
        <translation>Faseprofiel: hoe ver de kenmerken van elke fase al gelden</translation>
    </message>
    <message>
        <source>Perception gap: %1</source>
        <translation>Verschil in beeld: %1</translation>
    </message>
    <message>
        <source>To discuss: %1</source>
        <translation>Om te bespreken: %1</translation>
    </message>
</context>
<context>
    <name>TeamsEditor</name>
    <message>
        <source>New team, e.g. Benelux</source>
        <translation>Nieuw team, bijvoorbeeld Benelux</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Naam wijzigen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) have been cast for the team “%1”. Remove the team and delete its votes? (Undo brings them back.)</source>
        <translation>
            <numerusform>Er is %n stem uitgebracht voor het team “%1”. Het team verwijderen en de stem wissen? (Met Ongedaan maken komt die terug.)</numerusform>
            <numerusform>Er zijn %n stemmen uitgebracht voor het team “%1”. Het team verwijderen en de stemmen wissen? (Met Ongedaan maken komen ze terug.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Tijd overschreden</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Resterende tijd voor deze stap</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
</context>
<context>
    <name>TurnoutDialog</name>
    <message>
        <source>Turnout and bursts</source>
        <translation>Opkomst en stemmenpieken</translation>
    </message>
    <message>
        <source>Expected people per team and function (optional)</source>
        <translation>Verwachte mensen per team en functie (niet verplicht)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>Bursts of phone ballots from one address</source>
        <translation>Pieken van telefoonstemmen van één adres</translation>
    </message>
    <message>
        <source>No bursts in this round.</source>
        <translation>Geen pieken in deze stemronde.</translation>
    </message>
    <message>
        <source>%1 ballots within %2 s from one address (%3)</source>
        <translation>%1 stemmen binnen %2 s van één adres (%3)</translation>
    </message>
    <message>
        <source>Remove these ballots</source>
        <translation>Deze stemmen verwijderen</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Open round</source>
        <translation>Stemronde openen</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>Stemronde sluiten</translation>
    </message>
    <message>
        <source>Start kiosk</source>
        <translation>Kiosk starten</translation>
    </message>
    <message>
        <source>A full-screen ballot to pass round. Leave it with Ctrl+Shift+Q.</source>
        <translation>Een stembiljet op het hele scherm om door te geven. Verlaat het met Ctrl+Shift+Q.</translation>
    </message>
    <message>
        <source>Paper ballots…</source>
        <translation>Papieren stembiljetten…</translation>
    </message>
    <message>
        <source>Turnout and bursts…</source>
        <translation>Opkomst en pieken…</translation>
    </message>
    <message>
        <source>Expected people per team and function; bursts of ballots from one phone</source>
        <translation>Verwachte mensen per team en functie; pieken van stemmen van één telefoon</translation>
    </message>
    <message>
        <source>Live counts per team and function: for your eyes only, not for the room.</source>
        <translation>Live aantallen per team en functie: alleen voor jou, niet voor de zaal.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>How many people should vote: the projector then shows “N of M voted”.</source>
        <translation>Hoeveel mensen zouden moeten stemmen: de projector toont dan “N van de M gestemd”.</translation>
    </message>
    <message>
        <source>Expected voters:</source>
        <translation>Verwachte stemmers:</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>Geen sessie geopend.</translation>
    </message>
    <message>
        <source>No voting round yet.</source>
        <translation>Nog geen stemronde.</translation>
    </message>
    <message>
        <source>Round %1 is open — ballots: %2</source>
        <translation>Stemronde %1 is open — stembiljetten: %2</translation>
    </message>
    <message>
        <source>Round %1 is closed — ballots: %2</source>
        <translation>Stemronde %1 is gesloten — stembiljetten: %2</translation>
    </message>
    <message>
        <source>Open a new round</source>
        <translation>Nieuwe stemronde openen</translation>
    </message>
    <message>
        <source>Turnout: %1 of %2 expected (%3%)</source>
        <translation>Opkomst: %1 van %2 verwacht (%3%)</translation>
    </message>
    <message>
        <source>still to vote: %1</source>
        <translation>moeten nog stemmen: %1</translation>
    </message>
    <message>
        <source>Set the expected voters to see the turnout and when everyone has voted.</source>
        <translation>Vul het verwachte aantal stemmers in om de opkomst te zien en te weten wanneer iedereen heeft gestemd.</translation>
    </message>
    <message>
        <source>Open round %1? The results then show the new round.</source>
        <translation>Stemronde %1 openen? De uitslag toont dan de nieuwe stemronde.</translation>
    </message>
    <message>
        <source>The action plan and every document stay based on round %1 (pick another on the Close step).</source>
        <translation>Het actieplan en elk document blijven gebaseerd op stemronde %1 (kies een andere bij Afsluiten).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>The projector shows the title and the anonymity promise. Press F5 to start presenting, B to blank the projector, PageDown for the next step.</source>
        <translation>De projector toont de titel en de belofte van anonimiteit. Druk op F5 om te presenteren, op B om de projector op zwart te zetten en op PageDown voor de volgende stap.</translation>
    </message>
    <message>
        <source>quick stage vote</source>
        <translation>snelle stemming op een fase</translation>
    </message>
    <message>
        <source>full diagnostic (20 statements)</source>
        <translation>volledige diagnose (20 stellingen)</translation>
    </message>
    <message>
        <source>stage vote and 20 statements</source>
        <translation>stemming op een fase en 20 stellingen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session language</source>
        <translation>Taal van de sessie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functies</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Stemwijze</translation>
    </message>
    <message>
        <source>Anonymity threshold</source>
        <translation>Anonimiteitsdrempel</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporteren als PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporteren als SVG…</translation>
    </message>
    <message>
        <source>Too few votes to show — anonymity</source>
        <translation>Te weinig stemmen om te tonen — anonimiteit</translation>
    </message>
    <message>
        <source>Too few answers to show a score</source>
        <translation>Te weinig antwoorden voor een score</translation>
    </message>
    <message>
        <source>No statements to compare yet</source>
        <translation>Nog geen stellingen om te vergelijken</translation>
    </message>
    <message>
        <source>line: spread within the function (± 1 standard deviation)</source>
        <translation>lijn: spreiding binnen de functie (± 1 standaardafwijking)</translation>
    </message>
    <message>
        <source>%1 · statements: %2</source>
        <translation>%1 · stellingen: %2</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Workshop sessions (*.msworkshop);;All files (*)</source>
        <translation>Workshopsessies (*.msworkshop);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <source>Save new session as</source>
        <translation>Nieuwe sessie opslaan als</translation>
    </message>
    <message>
        <source>Present on one screen</source>
        <translation>Presenteren op één scherm</translation>
    </message>
    <message>
        <source>Only one screen is connected. If the projector shows a copy of this screen (mirrored display), present full screen; otherwise present in a window you can drag to the projector. Esc stops presenting; View → Mirrored display changes it.</source>
        <translation>Er is maar één scherm aangesloten. Toont de projector een kopie van dit scherm (gespiegeld beeld), presenteer dan op het volledige scherm; anders in een venster dat je naar de projector kunt slepen. Esc stopt het presenteren; Beeld → Gespiegeld beeld verandert de keuze.</translation>
    </message>
    <message>
        <source>Full screen (mirrored)</source>
        <translation>Volledig scherm (gespiegeld)</translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>In een venster</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>%1 sees the relationship %2 stages further than %3</source>
        <translation>%1 ziet de relatie %2 fase verder dan %3</translation>
    </message>
    <message>
        <source>%1 scores it %2 points higher than %3</source>
        <translation>%1 scoort %2 punten hoger dan %3</translation>
    </message>
    <message>
        <source>No perception gap to show yet</source>
        <translation>Nog geen verschil in beeld te tonen</translation>
    </message>
</context>
<context>
    <name>reveal</name>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>stage votes</source>
        <translation>stemmen op fases</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>scores</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>verschillen</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Edit set-up</source>
        <translation>Instellingen wijzigen</translation>
    </message>
</context>
</TS>
