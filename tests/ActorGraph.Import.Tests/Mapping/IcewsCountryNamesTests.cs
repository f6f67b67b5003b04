using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Tests.Formats;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Mapping;

/// <summary>Country names as ICEWS writes them, beyond those of the real sample: every distinct value of the
/// ICEWS country columns 1995–2018 (as listed in andybega/icews, data-raw/country-to-gwcode-mapping.R, MIT) and
/// every name and variant of the country table round-trip to one state, named the canonical way.</summary>
public class IcewsCountryNamesTests
{
    /// <summary>The ICEWS spellings (facts from the list cited above).</summary>
    private static readonly string[] IcewsCountries =
    [
        "Afghanistan", "Albania", "Algeria", "American Samoa", "Andorra", "Angola", "Anguilla", "Antarctica", "Antigua and Barbuda",
        "Argentina", "Armenia", "Aruba", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus",
        "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia", "Bonaire", "Bosnia and Herzegovina", "Botswana", "Brazil",
        "British Indian Ocean Territory", "British Virgin Islands", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon",
        "Canada", "Cape Verde", "Cayman Islands", "Central African Republic", "Chad", "Chile", "China", "Christmas Island",
        "Cocos (Keeling) Islands", "Colombia", "Comoros", "Congo", "Cook Island", "Costa Rica", "Cote d'Ivoire", "Croatia", "Cuba", "Curaçao",
        "Cyprus", "Czech Republic", "Democratic Republic of Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
        "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Ethiopia", "Falkland Islands", "Faroe Islands", "Fiji", "Finland", "France",
        "French Guiana", "French Polynesia", "French Southern Territories", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Gibraltar",
        "Greece", "Greenland", "Grenada", "Guadeloupe", "Guam", "Guatemala", "Guernsey", "Guinea", "Guinea-Bissau", "Guyana", "Haiti",
        "Heard Island and McDonald Islands", "Holy See", "Honduras", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
        "Ireland", "Isle Of Man", "Israel", "Italy", "Jamaica", "Japan", "Jersey", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo",
        "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
        "Macao", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Martinique", "Mauritania", "Mauritius",
        "Mayotte", "Mexico", "Micronesia", "Moldova, Republic of", "Monaco", "Mongolia", "Montenegro", "Montserrat", "Morocco", "Mozambique",
        "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "Netherlands Antilles", "New Caledonia", "New Zealand", "Nicaragua", "Niger",
        "Nigeria", "Niue", "Norfolk Island", "North Korea", "Northern Mariana Islands", "Norway", "Occupied Palestinian Territory", "Oman",
        "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Pitcairn", "Poland", "Portugal", "Puerto Rico",
        "Qatar", "Reunion", "Romania", "Russian Federation", "Rwanda", "Saint Barthelemy", "Saint Helena", "Saint Kitts and Nevis",
        "Saint Lucia", "Saint Martin (French part)", "Saint Pierre and Miquelon", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
        "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Sint Maarten", "Slovakia",
        "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Georgia and the South Sandwich Islands", "South Korea", "South Sudan",
        "Spain", "Sri Lanka", "Sudan", "Suriname", "Svalbard and Jan Mayen", "Swaziland", "Sweden", "Switzerland", "Syria", "Taiwan",
        "Tajikistan", "Tanzania", "Thailand", "the former Yugoslav Republic of Macedonia", "Timor-Leste", "Togo", "Tokelau", "Tonga",
        "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Turks and Caicos Islands", "Tuvalu", "U.S. Virgin Islands", "Uganda",
        "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "United States Minor Outlying Islands", "Uruguay", "Uzbekistan",
        "Vanuatu", "Venezuela", "Vietnam", "Wallis and Futuna", "Western Sahara", "Yemen", "Zambia", "Zimbabwe",
    ];

    [Fact]
    public void Every_icews_country_spelling_is_a_country_of_the_table()
    {
        var missing = IcewsCountries.Where(n => CountryTable.ByName(n) is not { IsRegion: false }).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_name_variant_and_code_of_the_table_round_trips_to_its_country()
    {
        foreach (var country in CountryTable.All)
        {
            Assert.Same(country, CountryTable.ByCode(country.Code));
            Assert.Same(country, CountryTable.ByName(country.Name));
            // Two-letter abbreviations ("US", "UK") are too short to look up as names: they stay aliases only.
            foreach (var variant in country.Variants.Where(v => v.Count(char.IsLetterOrDigit) > 2)) Assert.Same(country, CountryTable.ByName(variant));
        }
    }

    [Fact]
    public void Icews_rows_in_every_spelling_import_as_states_that_load_and_resolve_by_name_and_code()
    {
        var rows = IcewsCountries.Select((name, i) => string.Join('\t', i + 1, "2018-06-01", name, "", name, "Consult", "040", "1.0",
            "Chile", "", "Chile", 9000 + i, 1, "Example Wire", "", "", "", "", "", ""));

        var graph = SeedRoundTrip.Load(Run.Import(new IcewsEventReader(), [IcewsTests.Header, .. rows], "events.2018.tab").Graph);
        var resolver = new ActorResolver(graph);

        foreach (var name in IcewsCountries)
        {
            var country = CountryTable.ByName(name)!;
            var actor = graph.FindActor(country.Code.ToLowerInvariant());
            Assert.NotNull(actor);
            Assert.Equal((country.Name, ActorKind.State, country.Code), (actor.Name, actor.Kind, actor.Country));
            Assert.Equal(actor.Id, Assert.IsType<ActorResolution.Found>(resolver.Resolve(name)).Actor.Id);
            Assert.Equal(actor.Id, Assert.IsType<ActorResolution.Found>(resolver.Resolve(country.Code)).Actor.Id);
        }
    }
}
