using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Input;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Recognition;
using ActorGraph.Reading.Rules;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading;

/// <summary>The state of reading one report: paragraphs go in one at a time; <see cref="Finish"/> builds the
/// processes, resolves what needed the whole report, and returns the proposed facts.</summary>
internal sealed partial class DocumentReading(ReportInfo info, ReadingOptions options)
{
    private readonly ActorLexicon _lexicon = ActorLexicon.Default;
    private readonly DocumentActors _actors = new();
    private readonly Discourse _discourse = new();
    private readonly List<RawRelation> _relations = [];
    private readonly List<PendingRelation> _pending = [];
    private readonly List<MediationCue> _cues = [];
    private readonly Dictionary<int, SentenceNote> _notes = [];
    private readonly List<string> _remarks = [];
    private readonly List<RosterEntry> _rosters = [];
    private readonly TimelineDates _timeline = new(info.Date);
    private DocActor? _lastSubject;
    private readonly ActorTemplate? _publisher = PublisherActor(info.Publisher) ?? IssuerInTitle(info.Title);
    private int _sentences;
    private int _paragraphs;
    private int _proseSentences;

    [GeneratedRegex(@"\bagreed(?: on \w+day)? to (?!(?:" + Rules.RelationRules.NotADeal + @")\b)|\b(?:signed|signing|agreed|reached|announce(?:d|ment)?|concluded|sealed)\b.*\b(?:agreement|deal|truce|cease-?fire|treaty|accord|cessation|declaration|peace)\b|\b(?:agreement|deal|truce|cease-?fire|treaty|accord|cessation|declaration)\b.*\b(?:signed|agreed|reached|announced|concluded)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"\b(?:will|would|could|should|may|might|hopes?|expected|potential|possible|if|aim(?:s|ed)? to|working to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\b(?:has|have|had) not (?:made|issued|given) any (?:public )?(?:statements?|comments?)|declined to comment|did not (?:respond|comment)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoComment();

    [GeneratedRegex(@"\b(?:we|our|us|I)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    public void Add(Paragraph paragraph, CancellationToken cancellationToken)
    {
        _paragraphs++;
        var sentences = SentenceSplitter.Split(paragraph.Text).ToList();
        var claimedCarry = false;
        for (var k = 0; k < sentences.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, text) = sentences[k];
            var sentence = new Sentence(paragraph.Number, _sentences++, start, text);
            if (IsBareName(text) && k + 1 < sentences.Count && StartsWithTitle(sentences[k + 1].Text))
            {
                _discourse.PendingSignatureName = text.Trim();
                continue;
            }
            claimedCarry = Read(sentence, claimedCarry);
        }
        if (_relations.Count + _actors.All.Count > options.MaxFacts)
            throw new ReadingException(ReadingError.TooManyFacts, info.Path, $"more than {options.MaxFacts:N0} facts proposed; split the report", paragraph.Line);
    }

    private bool Read(Sentence sentence, bool claimedCarry)
    {
        var where = new FactLocation(info.SourceId, sentence.Paragraph, sentence.Start, sentence.End, sentence.Text);
        var s = new SentenceContext(sentence, where, _actors, _discourse, _lexicon);
        if (s.Tokens.Count(t => t.IsWord) >= 8) _proseSentences++;
        var jointDeclaration = s.Tokens.Count > 3 && s.Tokens[0].Text == "We" && s.Tokens[1].Text == ",";
        if (jointDeclaration) _discourse.Speakers.Clear();
        else if (_discourse.Speakers.Count == 0 && _publisher is not null && FirstPerson().IsMatch(sentence.Text))
            _discourse.Speakers.Add(_actors.FromTemplate(_publisher, where, "publisher"));
        else SignerSpeaks(sentence);

        MentionFinder.Find(s);
        if (jointDeclaration) Signatories(s);
        else AuthorNote(s);

        if (claimedCarry && OtherSideActs(s)) claimedCarry = false;
        var (claimed, accordingTo) = Attribution.Of(s, claimedCarry);
        if (accordingTo) NoteClaimSources(s);
        var dates = DateFinder.Find(sentence.Text, info.Date);
        RuleEngine.Apply(s, claimed, dates, _relations, _pending);
        _relations.AddRange(s.Structural);
        var found = _timeline.Fill(sentence, MediationCues.Find(s, claimed, dates, _cues.Count == 0 ? [] : _cues[^1].Mediators));
        _cues.AddRange(found);
        foreach (var cue in found) _discourse.Mediators.UnionWith(cue.Mediators);
        if (_cues.Count > 0) _discourse.LastMediators = _cues[^1].Mediators;
        _rosters.AddRange(Rosters.Find(s, _lastSubject));
        _discourse.Rivals.AddRange(SidesInView.Find(s));
        if (SidesInView.SpeaksOfPair(sentence.Text)) _discourse.PairSentences.Add(sentence.Index);
        _lastSubject = s.Mentions.Where(m => m.IsArgument).MinBy(m => m.First)?.Actor;

        var agreement = Agreement().IsMatch(sentence.Text) && !Hedge().IsMatch(sentence.Text);
        var topics = Rules.Topics.In(sentence.Text).ToList();
        if (agreement || topics.Count > 0) _notes[sentence.Index] = new SentenceNote(sentence.Paragraph, agreement, topics);
        if (NoComment().IsMatch(sentence.Text))
            _remarks.Add($"{where.Locator}: an actor is said to have made no public statement; recorded as a note, not as a fact.");
        return accordingTo || (claimedCarry && !FirstPerson().IsMatch(sentence.Text));
    }

    /// <summary>The actors named in the last "according to" phrase: whose word the paragraph carries on.</summary>
    private readonly List<DocActor> _claimSources = [];

    private void NoteClaimSources(SentenceContext s)
    {
        _claimSources.Clear();
        for (var k = 0; k + 1 < s.Tokens.Count; k++)
        {
            if (s.KeyAt(k) != "according" || s.KeyAt(k + 1) != "to") continue;
            _claimSources.AddRange(s.Mentions.Where(m => m.First > k + 1 && m.First <= k + 10).SelectMany(m => m.Actors).Select(SideOf));
        }
    }

    /// <summary>"... according to a statement from the rebel group. The government's chief negotiator rejected the
    /// demand": a sentence whose subject is another side is the report's own account again, not the same source's word.</summary>
    private bool OtherSideActs(SentenceContext s)
    {
        if (_claimSources.Count == 0 || s.Mentions.Where(m => m.IsArgument).MinBy(m => m.First) is not { } first) return false;
        var side = SideOf(first.Actors[0]);
        return side.Kind is ActorKind.State or ActorKind.Government or ActorKind.ArmedGroup && !_claimSources.Contains(side);
    }

    private static DocActor SideOf(DocActor a) => a.Kind == ActorKind.Person && a.Office is { } office ? office.Affiliation : a;

    private void Signatories(SentenceContext s)
    {
        // "We, the Prime Minister of X and the Prime Minister of Y, ...": the signatories are who "we" are.
        var end = s.Tokens.Count;
        for (var k = 2; k + 1 < s.Tokens.Count; k++)
        {
            if (s.KeyAt(k) == "," && s.Tokens[k + 1].IsWord && !s.Tokens[k + 1].IsCapitalised) { end = k; break; }
        }
        var signatories = s.Mentions.Where(m => m.IsArgument && m.First >= 2 && m.Last < end).SelectMany(m => m.Actors)
            .Select(a => a.Kind == ActorKind.Person && a.Office is { } o ? o.Affiliation : a).Distinct().ToList();
        if (signatories.Count < 1) return;
        _discourse.Speakers.AddRange(signatories);
        if (signatories.Count == 2) _discourse.NotePair(signatories[0], signatories[1]);
        s.Add(signatories, 0, 0, MentionRole.Actor, "coref-first-person");
    }

    /// <summary>Two sides that sign a text under "For X:" lines negotiated it, unless the report already ties them.</summary>
    private void SignedPair()
    {
        var sides = _discourse.SignedSides.DistinctBy(x => x.Side).ToList();
        if (sides.Count != 2) return;
        var (a, b) = (sides[0].Side, sides[1].Side);
        if (_relations.Any(r => r.Kind == RelationVocabulary.Negotiates && (r.Source == a && r.Target == b || r.Source == b && r.Target == a))) return;
        _relations.Add(new RawRelation(a, b, RelationVocabulary.Negotiates, Modality.Reported, null, sides[1].Where, "signed-for", 0.7, sides[1].Line));
    }

    // The name particles but "bint" and "abu", as this check has always read them (the bare-name test only; adding them is
    // a change of behaviour to be measured on its own).
    private static readonly HashSet<string> NameParticles = new(Lexicon.NameParticles.All.Except(["bint", "abu"]), StringComparer.Ordinal);

    private bool IsBareName(string text)
    {
        // Every stretch without white space gives at least one token, so six stretches or more are more than five tokens:
        // most sentences end here without being tokenized a second time (SentenceContext tokenizes them for reading).
        if (WordsAtLeast(text, 6)) return false;
        var tokens = Tokenizer.Tokenize(text);
        // "Javier Pérez de Cuéllar": a name particle inside the name is lower case.
        if (tokens.Count is < 2 or > 5 || tokens.Where((t, k) => !(t.IsCapitalised || t.Text == "." || t.Text == "-"
            || k > 0 && k < tokens.Count - 1 && NameParticles.Contains(t.Text))).Any()) return false;
        return Enumerable.Range(0, tokens.Count).All(i => _lexicon.Match(tokens, i, text) is null) && RoleWords.MatchTitle(tokens, 0) is null;
    }

    /// <summary>Whether <paramref name="text"/> has at least <paramref name="count"/> stretches of characters between white space.</summary>
    private static bool WordsAtLeast(string text, int count)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }
            if (inWord) continue;
            inWord = true;
            if (++words >= count) return true;
        }
        return false;
    }

    private static bool StartsWithTitle(string text) => RoleWords.MatchTitle(Tokenizer.Tokenize(text), 0) is not null;

    public ReadingResult Finish()
    {
        if (_paragraphs == 0) throw new ReadingException(ReadingError.Empty, info.Path, "the report has no text after its header lines");
        if (_proseSentences == 0)
            throw new ReadingException(ReadingError.NoArticle, info.Path, "no article text found: no sentence of eight words or more (a navigation page or a list of links?)");
        SignedPair();
        if (PublisherActor(info.Publisher) is { Kind: ActorKind.State, Country: var country }) _discourse.PublisherCountry = country;
        var finishing = new FinishReading(info, _actors, _discourse, _relations, _pending, _cues, _notes, _remarks, _rosters);
        var result = finishing.Run(_paragraphs, _sentences);
        // Nothing to propose: say so here rather than let an empty seed fail later with a message about the seed.
        if (options.RequireActors && result.Actors.Count == 0)
            throw new ReadingException(ReadingError.NoActors, info.Path, "no actor found in the text (no state, organisation, armed group or person the rules know); nothing was proposed");
        return result;
    }

    /// <summary>"Chairman's Statement on the ASEAN Leaders' Meeting": a statement, communiqué or declaration whose title
    /// names exactly one organisation is that organisation's word ("we" in it). States in a title are usually the
    /// subject, not the issuer ("Press release regarding the declaration between X and Y"), so only organisations count.</summary>
    private static ActorTemplate? IssuerInTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || !IssuedText().IsMatch(title)) return null;
        var tokens = Tokenizer.Tokenize(title);
        var found = new HashSet<ActorTemplate>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ActorLexicon.Default.Match(tokens, i, title) is not { } m) continue;
            if (m.Entry.Actor.Kind == ActorKind.Organisation && m.Entry.Form == EntryForm.Name) found.Add(m.Entry.Actor);
            i += m.Length - 1;
        }
        return found.Count == 1 ? found.First() : null;
    }

    [GeneratedRegex(@"\b(?:statement|communiqu[eé]|declaration|press release|chair(?:man|person)?'s)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IssuedText();

    private static ActorTemplate? PublisherActor(string? publisher)
    {
        if (string.IsNullOrWhiteSpace(publisher)) return null;
        var lexicon = ActorLexicon.Default;
        string? country = publisher switch
        {
            _ when publisher.Contains("White House", StringComparison.OrdinalIgnoreCase) || publisher.Contains("Department of State", StringComparison.OrdinalIgnoreCase)
                || publisher.Contains("State Department", StringComparison.OrdinalIgnoreCase) => "USA",
            _ when publisher.Contains("Kremlin", StringComparison.OrdinalIgnoreCase) => "RUS",
            _ when publisher.Contains("Downing Street", StringComparison.OrdinalIgnoreCase) || publisher.Contains("Foreign Office", StringComparison.OrdinalIgnoreCase) => "GBR",
            _ when publisher.Contains("Élysée", StringComparison.OrdinalIgnoreCase) || publisher.Contains("Elysee", StringComparison.OrdinalIgnoreCase) => "FRA",
            _ => null,
        };
        if (country is not null && lexicon.ByCountry.TryGetValue(country, out var state)) return state;
        var tokens = Tokenizer.Tokenize(publisher);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (lexicon.Match(tokens, i, publisher) is { Entry.Form: EntryForm.Name or EntryForm.Demonym } m) return m.Entry.Actor;
        }
        return null;
    }
}
