using ActorGraph.Reading.Output;
using ActorGraph.Reading.Scoring;
using ActorGraph.TestSupport;

namespace ActorGraph.Reading.Tests;

/// <summary>Minimum scores on the project's own test reports (Reports/README.md): other conflicts, other wording,
/// written with their gold readings before the rules were changed against them. 21-23 were then used to check the
/// rule changes (the minimum is the issue's targets with a margin); 24, 25 and 26 were each written afterwards
/// and measured once before any rule change (docs/reading.md gives those blind figures), then used in turn; so were
/// 27 and 28, then 29-31, then 32 and 33.</summary>
public class OwnReportScoreTests
{
    [Theory]
    [InlineData("21-sudan-jeddah-talks", 0.85, 0.85)]
    [InlineData("22-colombia-eln-havana", 0.85, 0.85)]
    [InlineData("23-russia-ukraine-uae-exchange", 0.85, 0.85)]
    [InlineData("24-drc-m23-doha", 0.85, 0.85)]
    [InlineData("25-camp-david-1978-encyclopedic", 0.85, 0.8)]
    [InlineData("26-armenia-azerbaijan-joint-statement", 0.85, 0.85)]
    [InlineData("27-minsk-ii-normandy-talks", 0.85, 0.85)]
    [InlineData("28-black-sea-grain-istanbul", 0.85, 0.85)]
    public void Report_meets_the_targets(string name, double relationRecall, double relationPrecision)
        => AssertScores(name, relationRecall, relationPrecision, actorRecall: 0.9);

    /// <summary>29-31 (a UN press release, a wire story, an analysis piece) were read blind at 10-23 % relation recall;
    /// the general rules since then raised them, but 30 and 31 are still short of the targets (docs/reading.md says
    /// why): each is held at what it reads now, so that a drop shows.</summary>
    [Theory]
    [InlineData("29-south-sudan-security-council-briefing", 0.85, 0.7, 0.85, 0.9)]
    [InlineData("30-iran-saudi-beijing-wire", 0.95, 0.75, 0.9, 0.95)]
    [InlineData("31-afghanistan-doha-analysis", 0.9, 0.5, 0.7, 0.6)]
    public void Report_keeps_its_current_reading(string name, double actorRecall, double relationRecall, double relationPrecision, double roles)
        => AssertScores(name, relationRecall, relationPrecision, actorRecall, roles);

    /// <summary>32 (a long-form feature) and 33 (a translated government press release) were read blind at relations 0 % and
    /// 33 % recall; after the fourth round's general rules they are still far below the targets: held at today's reading.</summary>
    [Theory]
    [InlineData("32-mozambique-renamo-feature", 0.75, 0.25, 0.6, 0.6, 0.6)]
    [InlineData("33-somalia-ethiopia-ankara-communique", 0.95, 0.6, 0.85, 0.95, 0.7)]
    // 34-36 (a UN press briefing, a news story on facilitated talks, an ASEAN chair's statement) were read blind at relations
    // 10-14 % and then used for the fifth round's general rules; 37-39 (an encyclopedic history, a wire story, a regional
    // communiqué) were kept aside and read once more only at the end (docs/reading.md has both readings). Each is held a
    // little below what it reads now.
    [InlineData("34-libya-geneva-unsmil-briefing", 0.95, 0.9, 0.85, 0.9, 0.9)]
    [InlineData("35-venezuela-mexico-norway-talks", 0.8, 0.55, 0.6, 0.9, 0.9)]
    [InlineData("36-myanmar-asean-chair-statement", 0.95, 0.65, 0.9, 0.6, 0.6)]
    [InlineData("37-nagorno-karabakh-minsk-group-history", 0.85, 0.65, 0.9, 0.3, 0.9)]
    [InlineData("38-us-iran-qatar-prisoner-deal-wire", 0.85, 0.45, 0.7, 0.9, 0.9)]
    [InlineData("39-drc-rwanda-luanda-communique", 0.95, 0.95, 0.95, 0.95, 0.7)]
    // 40-42 (a Kenya-led communiqué, a news story on indirect talks, an analysis of the Havana talks) were written after
    // the fifth round and read blind before the sixth round's rules (which moved only 40); the eighth round's rules moved 38-42: each held a little below what it reads now.
    // 40's relation precision floor went down from 0.95 to 0.9 in the process roles round: its pair is now read, so "the
    // Parties" resolves and relations went 33 % -> 75 % recall, with one misreading that comes with them (a cessation of
    // hostilities as armed conflict); after merging the other helper's rules it reads 75 % / 92 %.
    [InlineData("40-south-sudan-tumaini-nairobi-communique", 0.95, 0.7, 0.9, 0.65, 0.65)]
    [InlineData("41-gaza-ceasefire-doha-news", 0.9, 0.7, 0.8, 0.95, 0.95)]
    [InlineData("42-colombia-farc-havana-analysis", 0.95, 0.6, 0.55, 0.7, 0.7)]
    // 43-46 (an organisation's press statement, a regional communiqué, a signed agreement with witnesses, an encyclopedic
    // history) were written and committed before any reading in the eighth round, read blind, read again after the rules
    // drawn from 30-42 (45 and 46 moved), then used: each held a little below what it reads now.
    [InlineData("43-kosovo-serbia-eu-dialogue-statement", 0.95, 0.75, 0.75, 0.95, 0.95)]
    [InlineData("44-car-au-khartoum-communique", 0.95, 0.2, 0.7, 0.0, 0.95)]
    [InlineData("45-ethiopia-eritrea-jeddah-agreement", 0.95, 0.9, 0.9, 0.95, 0.95)]
    [InlineData("46-aceh-helsinki-mou-encyclopedic", 0.55, 0.6, 0.7, 0.8, 0.95)]
    // 47 (a mediator's press conference transcript) was committed before the ninth round read it blind (relations 12.5 %
    // recall, 25 % precision); the bracketed-acronym rule drawn from it moved it: held a little below what it reads now.
    [InlineData("47-philippines-milf-kuala-lumpur-press-conference", 0.6, 0.45, 0.8, 0.95, 0.95)]
    // 48-51 (an Office of the Historian-style essay, a State Department press statement, a White House call readout, a joint
    // communiqué) were committed before the twelfth round read them blind (relations 13-35 % recall); the rules drawn from
    // their misses and the earlier left-over causes moved them: held a little below what they read now.
    [InlineData("48-iran-hostage-algiers-accords-historian", 0.9, 0.25, 0.3, 0.3, 0.2)]
    [InlineData("49-guyana-venezuela-argyle-press-statement", 0.9, 0.65, 0.95, 0.7, 0.95)]
    [InlineData("50-israel-lebanon-ceasefire-call-readout", 0.95, 0.5, 0.6, 0.7, 0.7)]
    // 51: rule agreement-between (relations 62 -> 75 %) raised its floor.
    [InlineData("51-india-pakistan-tashkent-communique", 0.95, 0.7, 0.85, 0.95, 0.95)]
    // 52-55 (a UN envoy's statement, an AU press release, an agreement text, an encyclopedic history) were committed before the
    // fifteenth round read them blind (relations 9-29 % recall); the rules drawn from their misses moved 52, 53 and 55: held a
    // little below what they read now.
    [InlineData("52-tajikistan-moscow-un-envoy-statement", 0.9, 0.8, 0.75, 0.95, 0.95)]
    // 53 after the seventeenth round's capitalised "the Government" (29 -> 33 %) and the eleventh session's roles rules.
    // 53 roles 64 -> 91 % with its Kidal ceasefire read apart (sixteenth session, SeparateCeasefires).
    [InlineData("53-mali-algiers-au-press-release", 0.9, 0.5, 0.9, 0.85, 0.85)]
    // 54 after the sixteenth round (an agreement's defined "the Parties", "on behalf of" signature blocks, "Witnessed by NAME,
    // Adviser to ... of X"): relations 11 -> 78 %, roles 0 -> 100 %.
    [InlineData("54-sri-lanka-ltte-ceasefire-agreement", 0.95, 0.7, 0.85, 0.95, 0.95)]
    // 55 after the merge with the process roles round: UPRONA and FRODEBU, now read (fifteenth round), became the main pair, and
    // that round's presence and "X, chaired by Y, mediated" cues took Burundi and Museveni as their mediators; precision fell
    // from 50 % to 25 % (roles 0/100 -> 25/33 %). Held at that, said in docs/reading.md.
    // The sixteenth round's "NAME of GROUP" and "the GROUP of NAME" raised it to actors 87 %, relations 18 / 36 %.
    // The twelfth session's participle asides ("Zuma, acting for the Regional Peace Initiative chaired by Museveni, mediated") gave
    // Zuma's process back its mediator: roles 25 / 33 -> 38 / 83 %.
    [InlineData("55-burundi-arusha-encyclopedic", 0.85, 0.15, 0.3, 0.35, 0.8)]
    // 56-57 (a regional organisation's press release, an encyclopedic overview) were committed before the process roles round
    // read them blind (roles 43 % and 13 % recall); held a little below what they read after that round's rules.
    [InlineData("56-sierra-leone-lome-ecowas-press-release", 0.8, 0.7, 0.85, 0.8, 0.95)]
    [InlineData("57-kenya-2008-annan-mediation-encyclopedic", 0.9, 0.55, 0.8, 0.45, 0.75)]
    // 58-60 (a legislative hearing excerpt, a think-tank briefing, a news digest of four processes) were committed before the
    // seventeenth round read them blind (relations 8-38 % recall); the round's general rules, drawn from 52-60's misses, moved
    // all three: held a little below what they read after it.
    [InlineData("58-yemen-stockholm-hearing-excerpt", 0.9, 0.2, 0.6, 0.7, 0.95)]
    [InlineData("59-chad-doha-think-tank-briefing", 0.95, 0.45, 0.8, 0.95, 0.95)]
    [InlineData("60-peace-processes-news-digest-2006", 0.85, 0.35, 0.65, 0.25, 0.95)]
    // 61-63 (a news story, a dated timeline, a questions-and-answers explainer) were committed before the eleventh session's process
    // roles round read them blind (roles 0 %, 14 %, 0 % recall); held a little below what they read after that round's rules.
    [InlineData("61-liberia-accra-ecowas-news", 0.8, 0.6, 0.7, 0.95, 0.8)]
    [InlineData("62-sudan-naivasha-igad-timeline", 0.95, 0.85, 0.9, 0.95, 0.95)]
    [InlineData("63-georgia-2008-ceasefire-explainer", 0.9, 0.45, 0.95, 0.45, 0.95)]
    // 64-66 (a UN noon-briefing transcript, an encyclopedic section, a translated foreign-ministry statement) were committed before
    // the twentieth round read them blind (relations 8, 12 and 28 % recall); the round's rules moved 65 and 66: held a little below
    // what they read after it. 62 moved too (relations 69 -> 92 %) and keeps its floor above.
    // The fifteenth session's roles round (SidesInView, NewTracks, OfficeAlone) moved 33, 63, 64 and 65: raised to a little below.
    [InlineData("64-cyprus-good-offices-noon-briefing", 0.85, 0.45, 0.6, 0.75, 0.95)]
    [InlineData("65-lebanon-doha-2008-encyclopedic", 0.85, 0.35, 0.85, 0.65, 0.95)]
    [InlineData("66-gerd-kinshasa-foreign-ministry-statement", 0.9, 0.3, 0.35, 0.75, 0.45)]
    // 67-69 (an encyclopedic section, a news story, a mediating panel's statement) were committed before the twelfth session's
    // process roles round read them blind (roles 25 %, 57 %, 0 % recall); held a little below what they read after its rules.
    // The person-name finder (sixteenth session, names) reads Gerry Adams: "Trimble refused to negotiate face to face with Adams"
    // is then read as a denied negotiation, which 67's gold writes as "rejects" (acceptable): relation precision 100 -> 93 %.
    // "The Prime Ministers, Tony Blair of the United Kingdom and Bertie Ahern of Ireland," read (PluralTitles, names first)
    // raised its floor (actors 89 -> 94 %, relations 55 -> 64 %).
    [InlineData("67-northern-ireland-mitchell-talks-encyclopedic", 0.9, 0.6, 0.9, 0.85, 0.95)]
    [InlineData("68-thailand-brn-malaysia-facilitator-news", 0.85, 0.6, 0.65, 0.95, 0.95)]
    [InlineData("69-sudan-south-sudan-auhip-statement", 0.85, 0.55, 0.85, 0.75, 0.95)]
    // 71-76 (a UN spokesman's statement, a joint declaration, an encyclopedic section, a news story on AU-UN talks, a wire story, a
    // foreign ministry press release) were committed before round 23 read them blind (relations 10-55 % recall); the round's rules
    // moved 71, 72, 74 and 75: each held a little below what it reads after it. The follow-up round's peoples ("the Bosnian
    // Serbs") and witnesses ("a ceremony witnessed by X") moved 73 (roles 0 -> 71 / 83 %) and 75 (roles precision 67 -> 100 %).
    [InlineData("71-guatemala-firm-peace-un-spokesman-statement", 0.95, 0.8, 0.7, 0.95, 0.95)]
    [InlineData("72-beagle-channel-vatican-joint-declaration", 0.95, 0.75, 0.95, 0.95, 0.95)]
    [InlineData("73-dayton-1995-encyclopedic", 0.95, 0.3, 0.75, 0.65, 0.8)]
    [InlineData("74-darfur-doha-au-un-mediation-news", 0.85, 0.5, 0.65, 0.7, 0.95)]
    [InlineData("75-ethiopia-eritrea-algiers-wire", 0.9, 0.5, 0.55, 0.65, 0.95)]
    [InlineData("76-oslo-channel-norway-press-release", 0.8, 0.4, 0.8, 0.45, 0.95)]
    // 77-81 (a UN press release, a regional organisation's press release, an encyclopedic history, a wire story, a joint
    // communique) were committed before the fourteenth session's reports round read them blind (relations 36 of 87 required
    // ties, roles 16 of 36); its rules (office holders named after the office, acronym bodies in other languages, former
    // states, "the government" of the rebels' state, collective names) moved 77, 78 and 81: each held a little below what it reads.
    [InlineData("77-el-salvador-chapultepec-un-press-release", 0.95, 0.75, 0.9, 0.95, 0.95)]
    // 78: rule agreement-between (relations P 72 -> 75 %) raised its floor.
    [InlineData("78-cote-divoire-ouagadougou-ecowas-press-release", 0.9, 0.8, 0.7, 0.75, 0.95)]
    [InlineData("79-angola-bicesse-encyclopedic", 0.85, 0.35, 0.7, 0.5, 0.9)]
    [InlineData("80-djibouti-eritrea-qatar-wire", 0.95, 0.55, 0.65, 0.7, 0.95)]
    [InlineData("81-ecuador-peru-brasilia-joint-communique", 0.95, 0.95, 0.95, 0.95, 0.95)]
    // 82-86 (a foreign ministry statement, an encyclopedic history, a wire story on bilateral talks with no mediator, a UN
    // spokesperson's note, a think-tank briefing) were committed before the fourteenth session's roles round read them blind
    // (roles 50 / 50 % pooled); its rules (denied and refused mediation, "acting for", envoys of a body's head, "negotiations
    // conducted by", one-sided cues) moved 84 and 85: each held a little below what it reads after it.
    // 82: "the Prime Minister and Minister of Foreign Affairs of Qatar, NAME" read as the head (Persons.JointOffices) raised
    // its floor (relations 40 -> 50 %).
    [InlineData("82-djibouti-eritrea-qatar-foreign-ministry-statement", 0.8, 0.45, 0.35, 0.7, 0.95)]
    // 83: "The foreign ministers of the three countries, A of Angola, B of Cuba and C of South Africa," read (PluralTitles)
    // raised its floor (actors 88 -> 100 %, relations 52 -> 67 %).
    [InlineData("83-angola-namibia-tripartite-1988-encyclopedic", 0.95, 0.6, 0.8, 0.95, 0.95)]
    [InlineData("84-india-pakistan-simla-bilateral-wire", 0.65, 0.6, 0.7, 0.95, 0.95)]
    [InlineData("85-haiti-governors-island-un-spokesperson-note", 0.9, 0.8, 0.85, 0.95, 0.95)]
    [InlineData("86-zimbabwe-2008-sadc-think-tank-briefing", 0.8, 0.25, 0.4, 0.0, 0.95)]
    // 87-96 (reports' second round: the shared four's kinds and a live blog, a parliamentary answer, an NGO brief) were committed
    // with their gold readings before any reading and read blind at relations 19 %, roles 12 % pooled; held a little below what
    // they read after that round's rules (docs/reading.md, "Blind reports 87-96").
    // 87: "Deputy Prime Minister for Reintegration NAME" read (PortfolioTitles) raised its floor.
    // Then Transnistria, its seat named as a side ("between Chisinau and Tiraspol", DeFactoAuthorities), is the party in place of the
    // US observer: relations 31/62 -> 50/100 %, roles 67/80 -> 83/100 %.
    [InlineData("87-moldova-transnistria-bratislava-news", 0.95, 0.45, 0.95, 0.8, 0.95)]
    [InlineData("88-lebanon-taif-1989-encyclopedic", 0.85, 0.45, 0.65, 0.55, 0.95)]
    [InlineData("89-macedonia-ohrid-joint-statement", 0.85, 0.2, 0.85, 0.0, 0.95)]
    // 90: "the Communist Party of Nepal (Maoist)" read whole (PartyNames) raised its floor.
    [InlineData("90-nepal-cpa-un-secretary-general-statement", 0.95, 0.6, 0.45, 0.95, 0.95)]
    [InlineData("91-chechnya-khasavyurt-wire", 0.95, 0.4, 0.65, 0.95, 0.95)]
    // 92 and 95 (issue 14, general mediation cues): roles went from none produced to 1 of 4 right (92: a placeholder pair for the
    // co-chairs who presided) and 5 of 6 right (95).
    [InlineData("92-cambodia-paris-1991-encyclopedic", 0.95, 0.25, 0.8, 0.1, 0.2)]
    [InlineData("93-afghanistan-geneva-accords-un-press-release", 0.8, 0.5, 0.85, 0.95, 0.95)]
    // 94: "the quartet accused Qatar" is the four states listed earlier (SetNames): relations 37 -> 52 %, but the report's
    // main pair, whence "Kuwait has mediated" takes its parties, turns from Saudi Arabia - Qatar to the UAE - Qatar (roles 57/100 -> 43/50 %).
    // Then (MainBloc) the four accusers are one side of that pair and the emir's shuttle joins Kuwait's mediation: relations 52 -> 63 %,
    // roles 43/50 -> 100/100 %.
    [InlineData("94-gulf-al-ula-summit-live-blog", 0.9, 0.6, 0.9, 0.95, 0.95)]
    [InlineData("95-madagascar-sadc-parliamentary-answer", 0.55, 0.55, 0.75, 0.8, 0.8)]
    // 96: roles went from none produced (precision 100 % over nothing) to one right and one wrong once names were read (14 % / 50 %).
    // Then the US "at the request of" which Arias opened talks left his mediators, and "US officials helped broker the accord
    // together with the OAS" joined the Zelaya-Micheletti track (Requesters, acting officials, EarlierTrack): relations 57/91 -> 71/92 %,
    // roles 43/75 -> 57/80 %; the "- 30 October:" entry's date then sets that brokering apart from Arias's July talks (TimelineDates):
    // roles 86/86 %.
    [InlineData("96-honduras-2009-mediation-ngo-brief", 0.85, 0.65, 0.9, 0.8, 0.8)]
    // 97-106 (reports' third round: an academic abstract, a mediator's op-ed, a wire story, parliamentary questions, a timeline, a
    // Secretary-General's report, an interview, a translated ministry release, a blog, a book review) were committed with their gold
    // readings before any reading and read blind at relations 19 %, roles 27 % pooled; floors at that blind reading (docs/reading.md,
    // "Blind reports 97-106").
    [InlineData("97-mindanao-mnlf-jakarta-academic-abstract", 0.95, 0.55, 0.65, 0.75, 0.55)]
    [InlineData("98-aceh-humanitarian-pause-mediator-op-ed", 0.85, 0.2, 0.95, 0.7, 0.95)]
    [InlineData("99-uganda-lra-juba-truce-wire", 0.95, 0.35, 0.45, 0.0, 0.95)]
    // 100's blind role recall (20 %) came from a wrong process ("the real power broker" read as mediation); without it none is made.
    [InlineData("100-bougainville-burnham-parliamentary-debate", 0.65, 0.05, 0.65, 0.0, 0.3)]
    // 101: "negotiated with Benomar's help" (issue 14, help with talks) makes Benomar a mediator: roles 0 -> 20 / 33 % (pair still wrong).
    [InlineData("101-yemen-gcc-initiative-timeline", 0.95, 0.1, 0.4, 0.15, 0.3)]
    [InlineData("102-iran-iraq-1988-un-secretary-general-report", 0.85, 0.45, 0.7, 0.0, 0.95)]
    [InlineData("103-lebanon-israel-maritime-interview", 0.9, 0.55, 0.8, 0.95, 0.95)]
    // 104 with the general mediation cues (issue 14, measured, not tuned on): three more mediates ties, all wrong (relations P 56 -> 45 %,
    // roles P 29 -> 25 % against main at 3590bef); left for the next round (docs/reading.md, "General mediation cues").
    [InlineData("104-sudan-juba-2020-foreign-ministry-readout", 0.95, 0.3, 0.75, 0.15, 0.2)]
    // 105: "the Pretoria agreement between the Ethiopian government and the TPLF" read as their negotiation (rule
    // agreement-between) raised its floor (relations 0 -> 30 / 75 %, roles R 0 -> 50 %); the listed persons (Kenyatta as
    // mediator) raised it again, as they did 106's (docs/reading.md, "Subjects across descriptions").
    [InlineData("105-tigray-nairobi-follow-up-blog", 0.95, 0.45, 0.8, 0.6, 0.95)]
    [InlineData("106-mozambique-rome-1992-book-review", 0.95, 0.5, 0.75, 0.8, 0.95)]
    // 107-116 (reports' fourth round: a letter to the Security Council, an obituary, an NGO situation report, a diplomatic cable, a
    // fact-check, a podcast transcript, an FAQ, a memoir excerpt, a newsletter, a speech transcript) were committed with their gold
    // readings before any reading and read blind at relations 22 %, roles 30 % pooled; floors at what they read after that round's
    // rules (docs/reading.md, "Blind reports 107-116").
    // 107 raised after "the two Foreign Ministers, Mr. A and Mr. B" (each a member of the pair in view, in order): docs/reading.md,
    // "Blind reports 107-116", follow-up.
    [InlineData("107-east-timor-1999-letter-to-security-council", 0.85, 0.6, 0.65, 0.55, 0.45)]
    [InlineData("108-rwanda-arusha-mwinyi-obituary", 0.95, 0.2, 0.4, 0.35, 0.65)]
    [InlineData("109-solomon-islands-townsville-ngo-situation-report", 0.9, 0.5, 0.6, 0.75, 0.95)]
    [InlineData("110-honduras-el-salvador-1969-diplomatic-cable", 0.7, 0.4, 0.85, 0.7, 0.95)]
    [InlineData("111-armenia-turkey-protocols-fact-check", 0.95, 0.75, 0.95, 0.7, 0.95)]
    [InlineData("112-casamance-santegidio-podcast-transcript", 0.95, 0.3, 0.55, 0.65, 0.65)]
    // 113: the armed opposition read by description, the pair of "a delegation of A ... and a delegation of B" in view, and the
    // conveners' own ceasefire no pair of their talks raised it (relations 7/11 -> 60/73 %, roles 20/25 -> 100/83 %; docs/reading.md,
    // "Conveners, armed opposition, figurative go-betweens").
    [InlineData("113-syria-astana-guarantors-faq", 0.9, 0.55, 0.7, 0.95, 0.8)]
    // 114 names its two leaders and its parties without titles and a first-person shuttle: nothing found yet.
    // 114, 92, 111, 102, 115, 116 raised by the names session (issue 14): persons named by a body ("the KDP of NAME"), "led by" past
    // a renaming aside, "Secretary-General NAME", the possessive convention and plural titles without a comma (docs/reading.md).
    [InlineData("114-iraqi-kurdistan-washington-1998-memoir-excerpt", 0.95, 0.15, 0.45, 0.0, 0.95)]
    [InlineData("115-congo-sun-city-2002-newsletter", 0.95, 0.4, 0.95, 0.35, 0.65)]
    // 116 raised by "the delegations of A and of B have met" (relations 40/50 -> 50/60 %) and by the process roles round.
    [InlineData("116-western-sahara-houston-1997-speech-transcript", 0.85, 0.65, 0.6, 0.95, 0.95)]
    // 117-126 (reports' fifth round, all in the shared four's styles: wire stories, UN and regional-body statements and press
    // releases, a summit communiqué, a signed joint declaration, encyclopedic articles) were committed with their gold readings
    // before any reading and read blind at relations 35 %, roles 32 % pooled (docs/reading.md, "Blind reports 117-126"); floors
    // at the blind reading, raised for 117, 118, 120-122 to what they read after that round's rules (120's role precision went
    // 100 -> 75 % with its first roles, recall 0 -> 60 %); 124 raised by the appointed-mediator rule (relations 43/75 -> 50/88 %,
    // roles 25/33 -> 50/67 %: Museveni, not Uganda, mediates).
    [InlineData("117-sudan-chad-dakar-2008-wire", 0.95, 0.75, 0.5, 0.45, 0.4)]
    [InlineData("118-gambia-2017-ecowas-press-release", 0.9, 0.35, 0.4, 0.25, 0.25)]
    [InlineData("119-south-sudan-revitalised-2018-encyclopedic", 0.85, 0.55, 0.6, 0.4, 0.25)]
    [InlineData("120-libya-skhirat-2015-un-spokesman-statement", 0.9, 0.3, 0.6, 0.55, 0.7)]
    [InlineData("121-yemen-riyadh-agreement-2019-wire", 0.95, 0.45, 0.55, 0.65, 0.65)]
    [InlineData("122-gaza-2014-cairo-ceasefire-un-statement", 0.9, 0.15, 0.3, 0.3, 0.3)]
    [InlineData("123-sudan-2019-au-ethiopia-mediation-press-release", 0.9, 0.2, 0.4, 0.25, 0.65)]
    [InlineData("124-burundi-2015-eac-summit-communique", 0.85, 0.5, 0.85, 0.5, 0.65)]
    [InlineData("125-cote-divoire-pretoria-2005-joint-declaration", 0.8, 0.3, 0.25, 0.3, 0.3)]
    [InlineData("126-iran-nuclear-oman-channel-encyclopedic", 0.8, 0.35, 0.65, 0.4, 0.95)]
    public void Blind_report_keeps_its_current_reading(string name, double actorRecall, double relationRecall, double relationPrecision, double roleRecall, double rolePrecision)
    {
        var score = Score(name);
        Assert.True(score.Actors.Recall >= actorRecall, $"actor recall {score.Actors.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Relations.Recall >= relationRecall, $"relation recall {score.Relations.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Relations.Precision >= relationPrecision, $"relation precision {score.Relations.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.ProcessRoles.Recall >= roleRecall, $"role recall {score.ProcessRoles.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.ProcessRoles.Precision >= rolePrecision, $"role precision {score.ProcessRoles.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.Empty(score.ForbiddenActors);
    }

    private static ScoreCard Score(string name)
    {
        var folder = RepositoryPaths.Combine("tests", "ActorGraph.Reading.Tests", "Reports");
        var result = ReportReader.ReadFile(Path.Combine(folder, name + ".txt"));
        return GraphScorer.Score(GraphMerger.Merge([result]).Graph, GoldFiles.FromYaml(Path.Combine(folder, name + ".gold.yaml")));
    }

    private static void AssertScores(string name, double relationRecall, double relationPrecision, double actorRecall, double roles = 0.8)
    {
        var score = Score(name);
        Assert.True(score.Actors.Recall >= actorRecall, $"actor recall {score.Actors.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Actors.Precision >= Math.Min(0.9, actorRecall), $"actor precision {score.Actors.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.Relations.Recall >= relationRecall, $"relation recall {score.Relations.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Relations.Precision >= relationPrecision, $"relation precision {score.Relations.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.ProcessRoles.Recall >= roles, $"role recall {score.ProcessRoles.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.ProcessRoles.Precision >= roles, $"role precision {score.ProcessRoles.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.Empty(score.ForbiddenActors);
    }
}
