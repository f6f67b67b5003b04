namespace ActorGraph.Import.Tests.Datasets;

/// <summary>A small mediation data set in the shape of the Civil Wars Mediation and PA-X third-party
/// tables, written for these tests from public knowledge of well-documented peace processes (dates and
/// parties as widely reported; the layout and the messy date forms are the ones such tables use).</summary>
public static class MediationSample
{
    public const string Map = "conflict=Conflict,side-a=Side A,side-b=Side B,mediators=Third parties,start=Start,end=End,outcome=Outcome";

    public static readonly string[] Lines =
    [
        "Conflict,Side A,Side B,Third parties,Start,End,Outcome",
        "Sudan (South),Government of Sudan,SPLM/A,IGAD; Kenya; Norway; United Kingdom; United States,6//2002,1/9/2005,Comprehensive Peace Agreement signed",
        "Aceh,Indonesia,Free Aceh Movement,Crisis Management Initiative; Finland,1/27/2005,8/15/2005,Memorandum of Understanding signed",
        "Sri Lanka,Government of Sri Lanka,LTTE,Norway,2/??/02,,\"Ceasefire agreement; talks broke down, 2006\"",
        "Bosnia,Bosnia and Herzegovina,Republika Srpska,United States; Russian Federation,11//1995,12/14/1995,General Framework Agreement for Peace",
        "Mindanao,Philippines,Moro Islamic Liberation Front,Malaysia,3//2001,,ongoing",
        "Northern Ireland,United Kingdom,Sinn Fein,United States,6/10/1996,4/10/1998,Good Friday Agreement",
        "Casamance,Senegal,MFDC,Gambia,13/45/1999,,talks",
        "Chechnya,Russia,Chechen separatists,,1996,1996,",
    ];
}
