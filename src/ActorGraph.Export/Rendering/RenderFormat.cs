namespace ActorGraph.Export.Rendering;

/// <summary>An output format of the Graphviz programs.</summary>
public enum RenderFormat
{
    /// <summary>Scalable vector graphics (tooltips work in a browser).</summary>
    Svg,
    /// <summary>A bitmap image.</summary>
    Png,
    /// <summary>A PDF document.</summary>
    Pdf,
}
