using System.Globalization;

namespace ActorGraph.Bolt;

/// <summary>A spatial point: struct 0x58 (2D, <see cref="Z"/> null) or 0x59 (3D).</summary>
public sealed record Point(int Srid, double X, double Y, double? Z = null)
{
    public const int Cartesian2D = 7203;
    public const int Cartesian3D = 9157;
    public const int Wgs84 = 4326;
    public const int Wgs84_3D = 4979;

    public override string ToString() => Z is { } z
        ? string.Create(CultureInfo.InvariantCulture, $"point({{srid:{Srid}, x:{X}, y:{Y}, z:{z}}})")
        : string.Create(CultureInfo.InvariantCulture, $"point({{srid:{Srid}, x:{X}, y:{Y}}})");
}
