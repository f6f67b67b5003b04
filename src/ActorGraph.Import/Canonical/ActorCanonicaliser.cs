using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Canonical;

/// <summary>Turns an event side into a stable <see cref="ActorIdentity"/> through the code tables, so that
/// Iran is "Iran" (not "Tehran", the first text seen) and Russia's government is "Government of Russia"
/// in every file.</summary>
/// <remarks>
/// CAMEO codes (GDELT, PLOVER): a known group wins (<c>HMS</c> → Hamas, with a role: "Military of Hamas");
/// else a country or region (<c>IRN</c> → Iran, <c>IRNGOV</c> → Government of Iran); a role with neither
/// (<c>GOV</c> alone) is not an actor (whose government?) and the event is skipped, unless the format
/// names actors (PLOVER's <c>actorText</c>), when the name is used. Names (ICEWS, CSV): a country's name or
/// variant is that state; a generic ICEWS sector of a country is that country's CAMEO role ("Government (South
/// Korea)" is "Government of South Korea", as GDELT's KORGOV); other names with a country in parentheses
/// spell it the canonical way ("Head of Government (Russia)").
/// </remarks>
public static class ActorCanonicaliser
{
    /// <summary>The identity of <paramref name="fields"/>, or null when it names no actor.</summary>
    public static ActorIdentity? Resolve(scoped in ActorFields fields, ActorIdStyle style) => style switch
    {
        ActorIdStyle.CameoCode => FromCodes(fields, nameFallback: false),
        ActorIdStyle.CameoCodeOrName => FromCodeOrName(fields),
        _ => FromName(fields),
    };

    /// <summary>PLOVER: <see cref="ActorFields.Group"/> holds the actor's own CAMEO code (a country, a group or
    /// a role such as IGO) and <see cref="ActorFields.Type"/> its sector; without a code the name decides.</summary>
    private static ActorIdentity? FromCodeOrName(scoped in ActorFields f)
    {
        var code = f.Group.Trim();
        // The name alone, not the reader's key (which joins name, code and sector), decides: "Ukraine" with a
        // sector but no code is still the state.
        if (code.IsEmpty) return FromName(new ActorFields(f.Name, f.Name, f.Country, f.Type, f.Type));
        var type = f.Type.IsWhiteSpace() && CameoCodes.Role(code) is not null ? code : f.Type;
        return FromCodes(new ActorFields(f.Name, f.Name, code, code, type), nameFallback: true);
    }

    private static ActorIdentity? FromCodes(scoped in ActorFields f, bool nameFallback)
    {
        var code = f.Key.Trim();
        var country = CountryTable.ByCode(f.Country);
        // Lower-case segments are CAMEO ethnic codes ("tur", "kor", "arm"), never countries.
        if (country is null && !nameFallback && code.Length >= 3 && !code[..3].ContainsAnyInRange('a', 'z')) country = CountryTable.ByCode(code[..3]);
        var role = CameoCodes.Role(f.Type);
        // A code that ends in a role (USAGOV, or PTY alone) names that role even when the type column is empty.
        if (role is null && !nameFallback && code.Length >= 3 && code.Length % 3 == 0) role = CameoCodes.Role(code[^3..]);

        var group = CameoCodes.Group(f.Group);
        // With no known-group column and no country, a code ending in a group code names that group (IGONAT, NAT).
        if (group is null && country is null && !nameFallback && code.Length >= 3 && code.Length % 3 == 0) group = CameoCodes.Group(code[^3..]);
        if (group is null && role is not null && CameoCodes.Group(role.Code) is { } named)
        {
            // UNO, IRC, AMN, GRP are type codes that name one organisation.
            (group, role) = (named, null);
        }
        if (group is not null)
        {
            // A group is the same actor whatever country the coder attached to it.
            var groupId = CanonicalIds.Group(group.Code);
            return role is null || role.Kind == ActorKind.Organisation
                ? new ActorIdentity(groupId, group.Label, group.Kind, null, [])
                : new ActorIdentity(CanonicalIds.Role(group.Code, role.Code), RoleNames.Of(role.Label, group.Label), role.Kind, null, []);
        }
        var community = nameFallback ? null : CameoCodes.CommunityIn(code);
        if (country is not null)
        {
            var countryId = CanonicalIds.State(country.Code);
            var iso = country.IsRegion ? null : country.Code;
            // IRQkur (Kurds in Iraq), ISRJEW: a community of the country, not its state.
            if (role is null && community is not null)
                return new ActorIdentity(CanonicalIds.Role(country.Code, CameoCodes.CommunityId(community)), $"{community.Label} ({country.Name})", ActorKind.Population, iso, []);
            if (role is null)
                return new ActorIdentity(countryId, country.Name, country.IsRegion ? ActorKind.Territory : ActorKind.State, iso, country.Variants);
            // TURkurREB: Kurdish rebels in Turkey, neither Turkey's rebels at large nor its state.
            if (community is not null)
                return new ActorIdentity(CanonicalIds.Role(country.Code, $"{CameoCodes.CommunityId(community)}-{role.Code}"), RoleNames.OfCommunity(role.Label, community.Label, country.Name), role.Kind, iso, []);
            return new ActorIdentity(CanonicalIds.Role(country.Code, role.Code), RoleNames.Of(role.Label, country), role.Kind, iso, []);
        }
        // catLEG, baqGOV: a community's own role actor (the Catalan legislature) needs no country.
        if (role is not null && community is not null)
            return new ActorIdentity(CanonicalIds.Role(CameoCodes.CommunityId(community), role.Code), RoleNames.OfCommunity(role.Label, community.Label, null), role.Kind, null, []);
        if (nameFallback && !f.Name.IsWhiteSpace())
        {
            // An official of an international organisation, coded as its kind (IGO, NGO), is the organisation when the
            // text opens with its name ("Arab League Secretary General Chadli Klibi" and "... Chedli Klibi" are the Arab
            // League, as CAMEO codes an organisation's officials and GDELT writes IGOARL).
            if (f.Group.Trim() is "IGO" or "NGO" && CameoCodes.GroupByLeadingWords(f.Name.ToString()) is { } led)
                return new ActorIdentity(CanonicalIds.Group(led.Code), led.Label, led.Kind, null, []);
            var byName = FromName(new ActorFields(f.Name, f.Name, default, default, default));
            // A state or a known group ("NATO" coded IGO with sector MIL) keeps its own kind.
            return byName is null || role is null || byName.Kind == ActorKind.State || CameoCodes.GroupByName(f.Name.ToString()) is not null ? byName : byName with { Kind = role.Kind };
        }
        if (role is not null || code.IsEmpty) return null;
        // A code outside the tables: keep it, named as the source names it.
        var id = ActorIds.FromCameoCode(code);
        if (id.Length == 0) return null;
        // MOS is "Muslim" in every file, not "Islamic" in one and "Muslim" in the next.
        if (community is not null)
            return new ActorIdentity(code.Length == 3 ? CameoCodes.CommunityId(community) : id, community.Label, ActorKind.Population, null, []);
        var name = f.Name.IsWhiteSpace() ? code.ToString() : ActorIds.DisplayName(f.Name);
        return new ActorIdentity(id, name, ActorKinds.FromCameo(code, f.Country, f.Group, f.Type), null, []);
    }

    private static ActorIdentity? FromName(scoped in ActorFields f)
    {
        var raw = f.Key.Trim().ToString();
        var countryText = f.Country.Trim().ToString();
        var country = countryText.Length == 0 ? null : CountryTable.ByName(countryText);
        if (CountryTable.ByName(raw) is { } state)
            return new ActorIdentity(CanonicalIds.State(state.Code), state.Name, state.IsRegion ? ActorKind.Territory : ActorKind.State, state.IsRegion ? null : state.Code, state.Variants);
        // "United Nations" (ICEWS), "U.N." and "NATO" (PLOVER) are GDELT's UNO and NAT: one actor in every source.
        if (CameoCodes.GroupByName(raw) is { } group)
            return new ActorIdentity(CanonicalIds.Group(group.Code), group.Label, group.Kind, null, []);

        var name = f.Name.IsWhiteSpace() ? raw : f.Name.Trim().ToString();
        var open = TrailingParenthesis(name);
        var place = open > 0 ? CountryTable.ByName(name[(open + 1)..^1]) : null;
        // "Government (South Korea)" is GDELT's KORGOV, "Citizen (Africa)" its AFRCVL: one id and name from either source.
        if (place is not null && IcewsRoles.Role(name[..open].TrimEnd()) is { } role)
            return new ActorIdentity(CanonicalIds.Role(place.Code, role.Code), RoleNames.Of(role.Label, place), role.Kind, place.IsRegion ? null : place.Code, []);
        // "Hindu (India)" (ICEWS) is GDELT's INDHIN: the country's community, one id and name from either source.
        if (place is not null && CameoCodes.CommunityByLabel(name[..open]) is { } people)
            return new ActorIdentity(CanonicalIds.Role(place.Code, CameoCodes.CommunityId(people)), $"{people.Label} ({place.Name})", ActorKind.Population, place.IsRegion ? null : place.Code, []);
        // "Government of Sudan" (data sets, PLOVER text) is the same role actor as ICEWS's "Government (Sudan)".
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (place is null && of > 0 && IcewsRoles.Role(name[..of]) is { } ofRole && CountryTable.ByName(name[(of + 4)..]) is { } ofPlace)
            return new ActorIdentity(CanonicalIds.Role(ofPlace.Code, ofRole.Code), RoleNames.Of(ofRole.Label, ofPlace), ofRole.Kind, ofPlace.IsRegion ? null : ofPlace.Code, []);
        // "Head of Government (Russian Federation)" -> "Head of Government (Russia)": one actor whichever spelling a file uses.
        if (place is { IsRegion: false } inner)
        {
            var generic = name[..open].TrimEnd();
            name = $"{generic} ({inner.Name})";
            country ??= inner;
        }
        var id = ActorIds.FromName(name);
        if (id.Length == 0) return null;
        var kind = ActorKinds.FromSectors(name, countryText, f.Group);
        return new ActorIdentity(id, name, kind, country is { IsRegion: false } ? country.Code : null, []);
    }

    /// <summary>Where the parenthesis that closes <paramref name="name"/> opens, counting nested ones
    /// ("Government (Iran (Islamic Republic of))" opens at 11); -1 when the name does not end in one.</summary>
    private static int TrailingParenthesis(string name)
    {
        if (!name.EndsWith(')')) return -1;
        var depth = 0;
        for (var i = name.Length - 1; i >= 0; i--)
        {
            if (name[i] == ')') depth++;
            else if (name[i] == '(' && --depth == 0) return i;
        }
        return -1;
    }
}
