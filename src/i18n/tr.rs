//! The app's user-interface strings. Each is a [`Text`] with English and Dutch; a string
//! without its Dutch does not compile.

use super::{Lang, Text, t};

// Menus and commands.
pub const MENU_FILE: Text = t("File", "Bestand");
pub const MENU_EDIT: Text = t("Edit", "Bewerken");
pub const MENU_VIEW: Text = t("View", "Beeld");
pub const MENU_HELP: Text = t("Help", "Help");
pub const CMD_NEW: Text = t("New", "Nieuw");
pub const CMD_OPEN: Text = t("Open…", "Openen…");
pub const CMD_OPEN_RECENT: Text = t("Open recent", "Recent geopend");
pub const CMD_OPEN_SAMPLE: Text = t("Open the sample project", "Voorbeeldproject openen");
pub const CMD_CLEAR_RECENT: Text = t("Clear the list", "Lijst wissen");
pub const CMD_SAVE: Text = t("Save", "Opslaan");
pub const CMD_SAVE_AS: Text = t("Save As…", "Opslaan als…");
pub const CMD_QUIT: Text = t("Quit", "Afsluiten");
pub const CMD_UNDO: Text = t("Undo", "Ongedaan maken");
pub const CMD_REDO: Text = t("Redo", "Opnieuw");
pub const CMD_ZOOM_IN: Text = t("Zoom in", "Inzoomen");
pub const CMD_ZOOM_OUT: Text = t("Zoom out", "Uitzoomen");
pub const CMD_ZOOM_RESET: Text = t("Actual size", "Ware grootte");
pub const CMD_SHORTCUTS: Text = t("Keyboard shortcuts", "Sneltoetsen");
pub const CMD_ABOUT: Text = t("About CX Workbench", "Over CX Workbench");
pub const MENU_THEME: Text = t("Theme", "Thema");
pub const THEME_SYSTEM: Text = t("Follow the system", "Systeem volgen");
pub const THEME_LIGHT: Text = t("Light", "Licht");
pub const THEME_DARK: Text = t("Dark", "Donker");
pub const MENU_LANGUAGE: Text = t("Language", "Taal");
pub const NO_RECENT: Text = t("No recent files", "Geen recente bestanden");

// Workspaces.
pub const WS_OVERVIEW: Text = t("Overview", "Overzicht");
pub const WS_PERSONAS: Text = t("Personas", "Persona's");
pub const WS_INITIATIVES: Text = t("Initiatives", "Initiatieven");
pub const WS_SCENARIOS: Text = t("Scenarios", "Scenario's");
pub const WS_FOURC: Text = t("4C", "4C");
pub const WS_VALUE: Text = t("Value", "Waarde");
pub const WS_METRICS: Text = t("Metrics", "Metingen");
pub const WS_FOURC_SUMMARY: Text = t(
    "Each persona's wants, cost, convenience and communication against the main competitor: where we lose",
    "Per persona wensen, kosten, gemak en communicatie tegenover de belangrijkste concurrent: waar we verliezen",
);
pub const WS_VALUE_SUMMARY: Text = t(
    "Expectation, proposition, perception and realisation per persona, and what closing the value gap is worth",
    "Verwachting, propositie, perceptie en realisatie per persona, en wat het dichten van de waardekloof oplevert",
);
pub const WS_METRICS_SUMMARY: Text = t(
    "Survey waves: NPS, CES, CSAT, retention and carts with their formulas, a trend, and an import of raw answers",
    "Meetrondes: NPS, CES, CSAT, retentie en winkelwagens met hun formules, een verloop, en het inlezen van ruwe antwoorden",
);
pub const WORKSPACES_HEADING: Text = t("Workspaces", "Werkruimtes");
pub const SHOW_LIST: Text = t("Show the list", "Toon de lijst");
pub const HIDE_LIST: Text = t("Hide the list", "Verberg de lijst");
pub const WS_OVERVIEW_SUMMARY: Text = t(
    "The project's name and description, what it holds, and every problem to fix",
    "Naam en beschrijving van het project, wat erin zit, en elk probleem om op te lossen",
);
pub const WS_PERSONAS_SUMMARY: Text = t(
    "Who the customers are: needs, channels, loyalty, segment size; a card for the projector",
    "Wie de klanten zijn: behoeften, kanalen, loyaliteit, omvang van het segment; een kaart voor de beamer",
);
pub const WS_INITIATIVES_SUMMARY: Text = t(
    "Improvements with their costs and their effects on touchpoints",
    "Verbeteringen met hun kosten en hun effecten op touchpoints",
);
pub const WS_SCENARIOS_SUMMARY: Text = t(
    "Initiatives and assumptions run over time: customers, money and what moves them",
    "Initiatieven en aannames doorgerekend in de tijd: klanten, geld en wat ze beweegt",
);

// Status bar and title.
pub const UNSAVED: Text = t("Unsaved changes", "Niet-opgeslagen wijzigingen");
pub const SAVED: Text = t("Saved", "Opgeslagen");
pub const NOT_SAVED_YET: Text = t("Not saved yet", "Nog niet opgeslagen");
pub const SAMPLE_PROJECT: Text = t("Sample project", "Voorbeeldproject");
pub const UNTITLED: Text = t("Untitled", "Naamloos");
pub const NO_PROBLEMS: Text = t("No problems", "Geen problemen");
pub const DROP_TO_OPEN: Text = t(
    "Drop a .ron project file to open it",
    "Laat een .ron-projectbestand los om het te openen",
);

// Dialogs.
pub const UNSAVED_TITLE: Text = t("Save your changes?", "Wijzigingen opslaan?");
pub const SAVE: Text = t("Save", "Opslaan");
pub const DONT_SAVE: Text = t("Don't save", "Niet opslaan");
pub const CANCEL: Text = t("Cancel", "Annuleren");
pub const OK: Text = t("OK", "OK");
pub const CHANGED_ON_DISK_TITLE: Text = t(
    "The file was changed by someone else",
    "Het bestand is door iemand anders gewijzigd",
);
pub const OVERWRITE: Text = t("Overwrite", "Overschrijven");
pub const RELOAD: Text = t("Reload from disk", "Opnieuw laden van schijf");
pub const OPEN_FAILED_TITLE: Text = t("Could not open the file", "Kon het bestand niet openen");
pub const SAVE_FAILED_TITLE: Text = t("Could not save", "Kon niet opslaan");
pub const RECOVERY_TITLE: Text = t("Recover unsaved work?", "Niet-opgeslagen werk herstellen?");
/// Title of the dialog when the project file is read-only.
pub const READ_ONLY_TITLE: Text = t("The file is read-only", "Het bestand is alleen-lezen");
pub const RECOVERY_BODY: Text = t(
    "CX Workbench closed before these changes were saved. Recover them?",
    "CX Workbench werd afgesloten voordat deze wijzigingen waren opgeslagen. Herstellen?",
);
pub const RECOVER: Text = t("Recover", "Herstellen");
pub const DISCARD: Text = t("Discard", "Weggooien");
pub const CURRENT_PROJECT_UNCHANGED: Text = t(
    "The project you had open is unchanged.",
    "Het project dat open was, is niet veranderd.",
);
pub const ABOUT_BODY: Text = t(
    "A workbench for customer-experience teams: personas, the 4C and value models, the customer journey and loyalty scenarios, in one RON file you can share and merge in git. Works offline.",
    "Een werkbank voor klantbelevingsteams: persona's, het 4C- en waardemodel, de klantreis en loyaliteitsscenario's, in één RON-bestand dat je kunt delen en in git kunt samenvoegen. Werkt offline.",
);
pub const SHORTCUT_COLUMN: Text = t("Shortcut", "Sneltoets");
pub const ACTION_COLUMN: Text = t("Action", "Actie");
pub const CLOSE: Text = t("Close", "Sluiten");

// Toasts.
pub const TOAST_SAVED: Text = t("Saved", "Opgeslagen");
pub const TOAST_NOTHING_TO_UNDO: Text = t("Nothing to undo", "Niets om ongedaan te maken");
pub const TOAST_NOTHING_TO_REDO: Text = t("Nothing to redo", "Niets om opnieuw te doen");
pub const TOAST_NOT_RON: Text = t(
    "Only .ron project files can be opened by dropping them here",
    "Alleen .ron-projectbestanden kun je hier openen door ze los te laten",
);
pub const TOAST_RECOVERY_FAILED: Text = t(
    "Could not write the recovery copy",
    "Kon de herstelkopie niet schrijven",
);

// Overview.
pub const PROJECT_NAME: Text = t("Project name", "Projectnaam");
pub const ORGANISATION: Text = t("Organisation", "Organisatie");
pub const MAIN_COMPETITOR: Text = t("Main competitor", "Belangrijkste concurrent");
pub const DESCRIPTION: Text = t("Description", "Beschrijving");
pub const CURRENCY: Text = t("Currency", "Valuta");
pub const CONTENT_LANGUAGE: Text = t("Language of the content", "Taal van de inhoud");
pub const WHAT_IT_HOLDS: Text = t("What the project holds", "Wat het project bevat");
pub const COUNT_PERSONAS: Text = t("Personas", "Persona's");
pub const COUNT_STAGES: Text = t("Journey stages", "Fasen in de klantreis");
pub const COUNT_TOUCHPOINTS: Text = t("Touchpoints", "Touchpoints");
pub const COUNT_INITIATIVES: Text = t("Initiatives", "Initiatieven");
pub const COUNT_SCENARIOS: Text = t("Scenarios", "Scenario's");
pub const COUNT_SURVEYS: Text = t("Survey waves", "Meetrondes");
pub const COUNT_SLIDES: Text = t("Slides", "Dia's");
pub const COUNT_CUSTOMERS: Text = t("Customers (all personas)", "Klanten (alle persona's)");
pub const PROBLEMS: Text = t("Problems", "Problemen");
pub const PROBLEMS_HINT: Text = t(
    "Click a problem to go to the item it names.",
    "Klik op een probleem om naar het genoemde onderdeel te gaan.",
);
pub const PROJECT_DETAILS: Text = t("Project", "Project");

// Personas.
pub const ADD_PERSONA: Text = t("Add persona", "Persona toevoegen");
pub const DUPLICATE: Text = t("Duplicate", "Dupliceren");
pub const DELETE: Text = t("Delete", "Verwijderen");
pub const MOVE_UP: Text = t("Move up", "Omhoog");
pub const MOVE_DOWN: Text = t("Move down", "Omlaag");
pub const NEW_PERSONA_NAME: Text = t("New persona", "Nieuwe persona");
pub const COPY_SUFFIX: Text = t("(copy)", "(kopie)");
pub const NO_PERSONAS: Text = t(
    "No personas yet. Add one to describe a group of customers as a person.",
    "Nog geen persona's. Voeg er een toe om een groep klanten als persoon te beschrijven.",
);
pub const VIEW_EDIT: Text = t("Edit", "Bewerken");
pub const VIEW_CARD: Text = t("Card", "Kaart");
pub const NAME: Text = t("Name", "Naam");
pub const TAGLINE: Text = t("Tagline", "Typering");
pub const QUOTE: Text = t("Quote", "Citaat");
pub const BIO: Text = t("Biography", "Biografie");
pub const BIRTH_YEAR: Text = t("Birth year", "Geboortejaar");
pub const SET_BIRTH_YEAR: Text = t("Set a birth year", "Geboortejaar invullen");
pub const CLEAR: Text = t("Clear", "Wissen");
pub const GENERATION: Text = t("Generation", "Generatie");
pub const NO_GENERATION: Text = t(
    "before the generations the article lists",
    "vóór de generaties die het artikel noemt",
);
pub const GOALS: Text = t("Goals", "Doelen");
pub const FRUSTRATIONS: Text = t("Frustrations", "Frustraties");
pub const ADD_ITEM: Text = t("Add", "Toevoegen");
pub const REMOVE: Text = t("Remove", "Verwijderen");
pub const PREFERRED_CHANNELS: Text = t("Preferred channels", "Voorkeurskanalen");
pub const OTHER_CHANNEL: Text = t("Other channel", "Ander kanaal");
pub const PREFILL_CHANNELS: Text = t(
    "Use the channels the article lists for",
    "Gebruik de kanalen die het artikel noemt voor",
);
pub const CHANNELS_MATCH: Text = t(
    "Matches what the article lists for",
    "Komt overeen met wat het artikel noemt voor",
);
pub const NEEDS: Text = t(
    "The eight needs (0 = irrelevant, 5 = essential)",
    "De acht behoeften (0 = onbelangrijk, 5 = essentieel)",
);
pub const NEEDS_PLOT_TITLE: Text = t("Needs profile", "Behoefteprofiel");
pub const WEIGHT_AXIS: Text = t("Weight (0–5)", "Gewicht (0–5)");
pub const LOYALTY: Text = t("Loyalty type", "Loyaliteitstype");
pub const SEGMENT: Text = t(
    "Segment (used by the scenarios)",
    "Segment (gebruikt door de scenario's)",
);
pub const CUSTOMERS: Text = t("Customers", "Klanten");
pub const PROSPECTS: Text = t("Prospects", "Prospects");
pub const ACTIVE_SHARE: Text = t("Active-loyal share", "Aandeel actief loyaal");
pub const SPEND_PER_PERIOD: Text = t("Average spend", "Gemiddelde besteding");
pub const AVATAR: Text = t("Picture", "Afbeelding");
pub const NO_PICTURE: Text = t("Initials", "Initialen");
pub const IMPORT_PICTURE: Text = t("Import a picture…", "Afbeelding importeren…");
pub const PICTURE_FAILED: Text = t(
    "Could not use the picture",
    "Kon de afbeelding niet gebruiken",
);
pub const PERSONA_DETAILS: Text = t("Who they are", "Wie ze zijn");
pub const DELETE_PERSONA_DONE: Text = t(
    "Persona deleted — Ctrl+Z brings it back",
    "Persona verwijderd — Ctrl+Z haalt hem terug",
);
pub const BORN: Text = t("born", "geboren");
pub const PERSONA_LIST: Text = t("Persona list", "Lijst van persona's");
pub const ADD_GOAL: Text = t("Add a goal", "Doel toevoegen");
pub const ADD_FRUSTRATION: Text = t("Add a frustration", "Frustratie toevoegen");
pub const SEGMENT_HINT: Text = t(
    "Customers and spend of the segment this persona stands for; the loyalty scenarios start from here.",
    "Klanten en bestedingen van het segment dat deze persona vertegenwoordigt; de loyaliteitsscenario's beginnen hier.",
);
pub const NOT_NAVIGABLE: Text = t(
    "This item is edited in a workspace that is not built yet; fix it in the file.",
    "Dit onderdeel bewerk je in een werkruimte die er nog niet is; herstel het in het bestand.",
);
pub const NO_CHANGES_YET: Text = t("No changes yet", "Nog geen wijzigingen");
pub const OPEN: Text = t("Open", "Openen");
pub const FOLDER: Text = t("Folder", "Map");
pub const FOLDER_UP: Text = t("Up", "Omhoog");
pub const FILE_NAME: Text = t("File name", "Bestandsnaam");
pub const CHOOSE_FILE_TITLE: Text = t("Choose a file", "Kies een bestand");
pub const NO_SYSTEM_DIALOG: Text = t(
    "This system has no file dialog, so CX Workbench shows its own.",
    "Dit systeem heeft geen bestandsvenster, dus CX Workbench toont een eigen venster.",
);
pub const REPLACES_FILE: Text = t(
    "A file with this name exists: saving replaces it (the old version is kept as .bak).",
    "Er bestaat al een bestand met deze naam: opslaan vervangt het (de oude versie blijft bewaard als .bak).",
);
pub const EMPTY_FOLDER: Text = t(
    "No folders or matching files here.",
    "Geen mappen of passende bestanden hier.",
);

// Initiatives.
pub const ADD_INITIATIVE: Text = t("Add initiative", "Initiatief toevoegen");
pub const NEW_INITIATIVE_NAME: Text = t("New initiative", "Nieuw initiatief");
pub const NO_INITIATIVES: Text = t(
    "No initiatives yet. An initiative is an improvement with a cost and effects on touchpoints.",
    "Nog geen initiatieven. Een initiatief is een verbetering met kosten en effecten op touchpoints.",
);
pub const DELETE_INITIATIVE_DONE: Text = t(
    "Initiative deleted and taken out of its scenarios — Ctrl+Z brings it back",
    "Initiatief verwijderd en uit de scenario's gehaald — Ctrl+Z haalt het terug",
);
pub const INITIATIVE_DETAILS: Text = t("About this initiative", "Over dit initiatief");
pub const KIND_STRATEGIES: Text = t(
    "Strategies to improve CX (\"De evolutie van CX in e-commerce\")",
    "Strategieën om CX te verbeteren (\"De evolutie van CX in e-commerce\")",
);
pub const KIND_TRIGGERS: Text = t(
    "Emotional triggers (E-commerce Expander blog)",
    "Emotionele triggers (E-commerce Expander blog)",
);
pub const KIND_STRATEGY_FROM: Text = t(
    "Strategy from \"De evolutie van CX in e-commerce\"",
    "Strategie uit \"De evolutie van CX in e-commerce\"",
);
pub const KIND_TRIGGER_FROM: Text = t(
    "Emotional trigger from \"Klantervaringen: wat maakt dat klantervaringen blijven plakken?\" (E-commerce Expander blog)",
    "Emotionele trigger uit \"Klantervaringen: wat maakt dat klantervaringen blijven plakken?\" (E-commerce Expander blog)",
);
pub const KIND_OTHER_HINT: Text = t(
    "Not one of the strategies or emotional triggers from the source articles.",
    "Geen van de strategieën of emotionele triggers uit de bronartikelen.",
);
pub const COSTS: Text = t("Costs", "Kosten");
pub const RUNNING_COST_PER: Text = t("Running cost per", "Lopende kosten per");
pub const ONE_OFF: Text = t("one-off", "eenmalig");
pub const PER: Text = t("per", "per");
pub const FIRST_YEAR: Text = t("first year", "eerste jaar");
pub const NO_COSTS: Text = t("No costs entered yet", "Nog geen kosten ingevuld");
pub const NOT_A_NUMBER: Text = t("Not a number in the file", "Geen getal in het bestand");
pub const SET_TO_ZERO: Text = t("Set to 0", "Op 0 zetten");
pub const EFFECTS: Text = t("Effects", "Effecten");
pub const EFFECT: Text = t("Effect", "Effect");
pub const EFFECTS_HINT: Text = t(
    "Each effect changes how one touchpoint is experienced: the experience score (−5 angry … +5 delighted) and the effort (CES 1–7; a positive change makes it easier), for all personas or some. Changes to the same touchpoint add up.",
    "Elk effect verandert hoe één touchpoint wordt beleefd: de belevingsscore (−5 boos … +5 verrukt) en de inspanning (CES 1–7; een positieve verandering maakt het makkelijker), voor alle persona's of een deel ervan. Veranderingen op hetzelfde touchpoint tellen op.",
);
pub const NO_EFFECTS: Text = t(
    "No effects yet. Add one to say which touchpoint this initiative improves, and for whom.",
    "Nog geen effecten. Voeg er een toe om aan te geven welk touchpoint dit initiatief verbetert, en voor wie.",
);
pub const ADD_EFFECT: Text = t("Add effect", "Effect toevoegen");
pub const REMOVE_EFFECT: Text = t("Remove effect", "Effect verwijderen");
pub const NO_TOUCHPOINTS_YET: Text = t(
    "The project has no touchpoints yet; add them to the customer journey first.",
    "Het project heeft nog geen touchpoints; voeg ze eerst toe aan de klantreis.",
);
pub const TOUCHPOINT: Text = t("Touchpoint", "Touchpoint");
pub const NO_STAGE: Text = t("Without a known stage", "Zonder bekende fase");
pub const ALREADY_CHANGED: Text = t("already has an effect", "heeft al een effect");
pub const UNKNOWN_TOUCHPOINT: Text = t("Unknown touchpoint", "Onbekend touchpoint");
pub const UNKNOWN_TOUCHPOINT_HINT: Text = t(
    "This touchpoint no longer exists, so the effect changes nothing. Choose another touchpoint or remove the effect.",
    "Dit touchpoint bestaat niet meer, dus het effect verandert niets. Kies een ander touchpoint of verwijder het effect.",
);
pub const SAME_TOUCHPOINT_HINT: Text = t(
    "Another effect of this initiative changes this touchpoint too: for personas in both, the changes add up.",
    "Een ander effect van dit initiatief verandert dit touchpoint ook: voor persona's in beide tellen de veranderingen op.",
);
pub const FOR_PERSONAS: Text = t("For", "Voor");
pub const ALL_PERSONAS: Text = t("All personas", "Alle persona's");
pub const PERSONAS_HINT: Text = t(
    "Click personas to limit the effect to them; All personas applies it to everyone, also to personas added later.",
    "Klik op persona's om het effect tot hen te beperken; Alle persona's past het toe op iedereen, ook op persona's die later worden toegevoegd.",
);
pub const UNKNOWN_PERSONA: Text = t(
    "unknown persona — click to remove",
    "onbekende persona — klik om te verwijderen",
);
pub const OF_PERSONAS: Text = t("personas chosen", "persona's gekozen");
pub const SCORE_CHANGE: Text = t("Score change", "Scoreverandering");
pub const EFFORT_CHANGE: Text = t("Effort change", "Verandering in inspanning");
pub const BETTER: Text = t("better", "beter");
pub const WORSE: Text = t("worse", "slechter");
pub const EASIER: Text = t("easier", "makkelijker");
pub const HARDER: Text = t("harder", "moeilijker");
pub const NO_CHANGE: Text = t("no change", "geen verandering");
pub const WHAT_IT_TOUCHES: Text = t("What it touches", "Wat het raakt");
pub const TOUCHES_NOTHING: Text = t(
    "This initiative does not change any experience yet.",
    "Dit initiatief verandert nog geen enkele ervaring.",
);
pub const CHANGES: Text = t("Changes", "Verandert");
pub const FOR: Text = t("for", "voor");
pub const TOUCHPOINT_ONE: Text = t("touchpoint", "touchpoint");
pub const TOUCHPOINT_MANY: Text = t("touchpoints", "touchpoints");
pub const PERSONA_ONE: Text = t("persona", "persona");
pub const PERSONA_MANY: Text = t("personas", "persona's");
pub const EXPERIENCE_ONE: Text = t("experience", "ervaring");
pub const EXPERIENCE_MANY: Text = t("experiences", "ervaringen");
pub const MIXED: Text = t("mixed", "gemengd");
pub const COLUMN_PERSONA: Text = t("Persona", "Persona");
pub const COLUMN_EXPERIENCE: Text = t("Experience score (−5 … +5)", "Belevingsscore (−5 … +5)");
pub const COLUMN_EFFORT: Text = t(
    "Effort (CES 1–7, 7 = effortless)",
    "Inspanning (CES 1–7, 7 = moeiteloos)",
);
pub const COLUMN_REACH_PER: Text = t("Reach per", "Bereik per");
pub const LIMIT_REACHED: Text = t("limit reached", "grens bereikt");
pub const LIMIT_HINT: Text = t(
    "The scale ends here: the model clamps scores to −5…+5 and effort to 1–7, as shown.",
    "De schaal houdt hier op: het model begrenst scores tot −5…+5 en inspanning tot 1–7, zoals getoond.",
);
pub const NOT_USED_BY: Text = t(
    "Not used by (so no change for them)",
    "Niet gebruikt door (dus voor hen geen verandering)",
);
pub const MOMENT_OF_TRUTH: Text = t("moment of truth", "moment van de waarheid");
pub const MISSING_TOUCHPOINT_IMPACT: Text = t(
    "An effect names a touchpoint that no longer exists; it changes nothing:",
    "Een effect noemt een touchpoint dat niet meer bestaat; het verandert niets:",
);
pub const IN_SCENARIOS: Text = t("In scenarios", "In scenario's");
pub const NOT_IN_SCENARIOS: Text = t(
    "Not in any scenario yet. Add it to a scenario in the Scenarios workspace to see what it is worth.",
    "Nog in geen enkel scenario. Voeg het toe aan een scenario in de werkruimte Scenario's om te zien wat het oplevert.",
);
pub const OPEN_SCENARIO: Text = t("Open this scenario", "Dit scenario openen");

// Scenarios.
pub const ADD_SCENARIO: Text = t("Add scenario", "Scenario toevoegen");
pub const NEW_SCENARIO_NAME: Text = t("New scenario", "Nieuw scenario");
pub const NO_SCENARIOS: Text = t(
    "No scenarios yet. A scenario is a set of initiatives and assumptions, run over time.",
    "Nog geen scenario's. Een scenario is een set initiatieven en aannames, doorgerekend in de tijd.",
);
pub const DELETE_SCENARIO_DONE: Text = t(
    "Scenario deleted — Ctrl+Z brings it back",
    "Scenario verwijderd — Ctrl+Z haalt het terug",
);
pub const INITIATIVE_KIND: Text = t("Strategy or trigger", "Strategie of trigger");
pub const ONE_OFF_COST: Text = t("One-off cost", "Eenmalige kosten");
pub const COST_PER_PERIOD: Text = t("Cost per period", "Kosten per periode");

// Scenario workspace.
pub const TAB_SETUP: Text = t("Set up", "Opzet");
pub const TAB_RESULTS: Text = t("Results", "Resultaten");
pub const TAB_HOW: Text = t("How is this computed?", "Hoe wordt dit berekend?");
pub const HORIZON: Text = t("Horizon", "Horizon");
pub const SCENARIO_INITIATIVES: Text = t(
    "Initiatives in this scenario",
    "Initiatieven in dit scenario",
);
pub const NO_INITIATIVES_TO_CHOOSE: Text = t(
    "The project has no initiatives yet: add them in the Initiatives workspace.",
    "Het project heeft nog geen initiatieven: voeg ze toe in de werkruimte Initiatieven.",
);
pub const GO_TO_INITIATIVES: Text = t("Go to Initiatives", "Naar Initiatieven");
pub const TOTAL_COST: Text = t("Total cost", "Totale kosten");
pub const ASSUMPTIONS: Text = t("Assumptions", "Aannames");
pub const ASSUMPTIONS_HINT: Text = t(
    "Each assumption has a value for the whole project, a plausible range (used by the uncertainty bands and the tornado) and its source. Tick “this scenario” to give the scenario its own value.",
    "Elke aanname heeft een waarde voor het hele project, een plausibel bereik (gebruikt door de onzekerheidsbanden en de tornado) en een bron. Vink “dit scenario” aan om het scenario een eigen waarde te geven.",
);
pub const ASSUMPTION: Text = t("Assumption and source", "Aanname en bron");
pub const PROJECT_VALUE: Text = t("Project value", "Projectwaarde");
pub const RANGE: Text = t("Plausible range", "Plausibel bereik");
pub const VALUE_AND_RANGE: Text = t("Value (range)", "Waarde (bereik)");
pub const SOURCE: Text = t("Source", "Bron");
pub const THIS_SCENARIO: Text = t("This scenario", "Dit scenario");
pub const OVERRIDE: Text = t("own value", "eigen waarde");
pub const MODEL_SETTINGS: Text = t(
    "Model settings (whole project)",
    "Modelinstellingen (hele project)",
);
pub const PERIOD_LENGTH: Text = t("Period", "Periode");
pub const MARGIN_TIMING: Text = t("Margin counted at", "Marge geteld aan");
pub const MC_RUNS: Text = t("Monte Carlo runs", "Monte Carlo-runs");
pub const RANDOM_SEED: Text = t("Random start number", "Startgetal");
pub const NO_PERSONAS_FOR_RESULTS: Text = t(
    "Add personas with customers to see results: the scenarios start from their segments.",
    "Voeg persona's met klanten toe om resultaten te zien: de scenario's beginnen bij hun segmenten.",
);
pub const KPI_ACTIVE: Text = t("Active-loyal customers", "Actief loyale klanten");
pub const KPI_CUSTOMERS: Text = t("Customers", "Klanten");
pub const KPI_REVENUE: Text = t("Revenue over the horizon", "Omzet over de horizon");
/// Margin minus initiative costs, without fixed costs: a contribution, not a profit.
pub const KPI_CONTRIBUTION: Text = t(
    "Cumulative contribution, present value",
    "Cumulatieve bijdrage, contante waarde",
);
/// Margin minus initiative costs and the project's fixed costs.
pub const KPI_PROFIT: Text = t(
    "Cumulative profit, present value",
    "Cumulatieve winst, contante waarde",
);

/// What margin minus costs is called: "contribution" (Dutch "bijdrage") unless the project
/// gives fixed costs per period, then "profit" ("winst"). The words for one project.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResultWords {
    /// Whether fixed costs are given (then it is a profit).
    pub profit: bool,
}

impl ResultWords {
    /// The words for a project with (`Some`) or without fixed costs per period.
    pub fn new(fixed_costs_per_period: Option<f64>) -> Self {
        ResultWords {
            profit: fixed_costs_per_period.is_some(),
        }
    }

    fn pick(self, contribution: Text, profit: Text) -> Text {
        if self.profit { profit } else { contribution }
    }

    /// The headline tile: "Cumulative contribution, present value".
    pub fn kpi(self) -> Text {
        self.pick(KPI_CONTRIBUTION, KPI_PROFIT)
    }

    /// The comparison plot's title.
    pub fn plot_title(self) -> Text {
        self.pick(
            t(
                "Cumulative contribution after initiative costs (present value)",
                "Cumulatieve bijdrage na kosten van initiatieven (contante waarde)",
            ),
            t(
                "Cumulative profit after initiative and fixed costs (present value)",
                "Cumulatieve winst na kosten van initiatieven en vaste kosten (contante waarde)",
            ),
        )
    }

    /// The comparison plot's value axis (the currency follows in brackets).
    pub fn axis(self) -> Text {
        self.pick(
            t(
                "Cumulative contribution, present value",
                "Cumulatieve bijdrage, contante waarde",
            ),
            t(
                "Cumulative profit, present value",
                "Cumulatieve winst, contante waarde",
            ),
        )
    }

    /// The tornado's value axis (the currency follows in brackets).
    pub fn at_horizon(self) -> Text {
        self.pick(
            t(
                "Cumulative contribution at the horizon, present value",
                "Cumulatieve bijdrage aan het eind, contante waarde",
            ),
            t(
                "Cumulative profit at the horizon, present value",
                "Cumulatieve winst aan het eind, contante waarde",
            ),
        )
    }

    /// The one word, lower case: "contribution" / "bijdrage", "profit" / "winst".
    pub fn word(self) -> Text {
        self.pick(t("contribution", "bijdrage"), t("profit", "winst"))
    }
}
pub const KPI_PAYBACK: Text = t("Pays back", "Terugverdiend");
pub const UNIT_PEOPLE: Text = t("people", "mensen");
pub const UNIT_NPS_POINTS: Text = t("points, −100 to +100", "punten, −100 tot +100");
pub const BAND_HINT: Text = t(
    "8 in 10 of the uncertainty runs end between these two values.",
    "8 op de 10 onzekerheidsruns eindigen tussen deze twee waarden.",
);
pub const KPI_NPS: Text = t("NPS estimate", "NPS-schatting");
pub const PICTURE_NOT_SAVED: Text = t("The picture was not saved", "De afbeelding is niet bewaard");
pub const VS_BASELINE: Text = t("vs. Today", "t.o.v. Vandaag");
/// The scenario comparisons as differences from Today (the default).
pub const AGAINST_TODAY: Text = t("Against Today", "Verschil met Vandaag");
/// The scenario comparisons as each scenario's own values.
pub const ABSOLUTE_VALUES: Text = t("Absolute values", "Absolute waarden");
pub const THIS_IS_THE_BASELINE: Text = t(
    "this scenario is Today: no initiatives, the project's assumptions",
    "dit scenario is Vandaag: geen initiatieven, de aannames van het project",
);
pub const AT_HORIZON: Text = t("at the horizon", "aan het eind");
pub const NEVER: Text = t("not within the horizon", "niet binnen de horizon");
pub const NOTHING_TO_PAY_BACK: Text = t("nothing to pay back", "niets terug te verdienen");
pub const UNCERTAINTY: Text = t("Uncertainty", "Onzekerheid");
pub const RUN_UNCERTAINTY: Text = t("Run the uncertainty bands", "Onzekerheidsbanden berekenen");
pub const RUN_AGAIN: Text = t("Run again", "Opnieuw berekenen");
pub const UNCERTAINTY_NOT_RUN: Text = t(
    "Draw every uncertain assumption from its range and show p10–p90 bands on the comparisons.",
    "Trek elke onzekere aanname uit haar bereik en toon p10–p90-banden bij de vergelijkingen.",
);
pub const UNCERTAINTY_READY: Text = t(
    "Bands show the 10th to 90th percentile of the runs.",
    "De banden tonen het 10e tot 90e percentiel van de runs.",
);
pub const UNCERTAINTY_OUT_OF_DATE: Text = t(
    "The project changed since the bands were computed.",
    "Het project is veranderd sinds de banden zijn berekend.",
);
pub const SHOW_FOR: Text = t("Show", "Toon");
pub const PERSONA: Text = t("Persona", "Persona");
pub const PERIOD_HINT: Text = t(
    "Touchpoint reach, spend and referrals are entered per period: changing the period changes what those numbers mean. Monthly assumptions are converted.",
    "Bereik van touchpoints, bestedingen en aanbevelingen gelden per periode: een andere periode verandert wat die getallen betekenen. Maandelijkse aannames worden omgerekend.",
);
/// The article the generations and their channels come from.
pub const CHANNELS_SOURCE: Text = t(
    "after \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\"",
    "volgens \"Hoe Customer Experience (CX) aankoopbeslissingen beïnvloedt\"",
);

/// "1 touchpoint", "3 touchpoints".
pub fn touchpoints(count: usize, lang: Lang) -> String {
    if count == 1 {
        t("{count} touchpoint", "{count} touchpoint")
    } else {
        t("{count} touchpoints", "{count} touchpoints")
    }
    .fill(lang, &[("count", &count)])
}
