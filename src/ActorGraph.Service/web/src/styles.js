// Cytoscape styles: camps by node colour, ties by sign (hostile: red dashed), processes as diamonds,
// and the highlight classes used when two actors are picked.
export const palette = ['#4e79a7', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#86bcb6', '#d37295', '#a0cbe8', '#8cd17d', '#bab0ac'];

export const styles = [
  { selector: 'node', style: {
    'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
    'width': 22, 'height': 22, 'background-color': 'data(color)', 'border-width': 1, 'border-color': '#44505c',
    'text-outline-color': '#fff', 'text-outline-width': 2, 'color': '#1d232b' } },
  { selector: 'node.person', style: { 'shape': 'ellipse', 'width': 16, 'height': 16 } },
  { selector: 'node.state', style: { 'shape': 'round-rectangle', 'width': 28, 'height': 20 } },
  { selector: 'node.armed-group', style: { 'shape': 'hexagon' } },
  { selector: 'node.process', style: {
    'shape': 'diamond', 'background-color': '#f2c14e', 'width': 18, 'height': 18, 'font-size': 9,
    'color': '#6b4e00', 'border-color': '#a07800' } },
  { selector: 'edge', style: {
    'width': 'mapData(strength, 0, 1, 1, 4)', 'curve-style': 'bezier', 'line-color': '#9aa5b1',
    'target-arrow-color': '#9aa5b1', 'opacity': 0.75 } },
  { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7 } },
  { selector: 'edge.cooperative', style: { 'line-color': '#3b7d3b', 'target-arrow-color': '#3b7d3b' } },
  { selector: 'edge.coercive', style: { 'line-color': '#c77c0e', 'target-arrow-color': '#c77c0e', 'line-style': 'dotted' } },
  { selector: 'edge.hostile', style: { 'line-color': '#d12b2b', 'target-arrow-color': '#d12b2b', 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge.structural', style: { 'line-color': '#b8c0c9', 'target-arrow-color': '#b8c0c9', 'width': 1 } },
  { selector: 'edge.role', style: { 'line-color': '#e0b341', 'width': 1.5, 'line-style': 'solid', 'opacity': 0.8 } },
  { selector: 'edge.role.mediator-role', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 3] } },
  { selector: '.faded', style: { 'opacity': 0.15, 'text-opacity': 0.3 } },
  { selector: 'node.endpoint', style: { 'border-width': 4, 'border-color': '#111827', 'width': 30, 'height': 30, 'font-weight': 'bold', 'z-index': 10 } },
  { selector: 'node.mediator', style: { 'border-width': 5, 'border-color': '#e0a100', 'width': 32, 'height': 32, 'font-weight': 'bold', 'z-index': 10 } },
  { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#2563eb', 'z-index': 9 } },
  { selector: 'edge.on-path', style: { 'width': 5, 'opacity': 1, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', 'z-index': 9 } },
  { selector: 'edge.on-path.hostile', style: { 'line-color': '#d12b2b', 'target-arrow-color': '#d12b2b' } },
  { selector: ':selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.15 } },
  { selector: '.neighbour', style: { 'opacity': 1, 'text-opacity': 1 } },
  { selector: 'node.neighbour', style: { 'border-width': 3, 'border-color': '#0f766e' } },
  { selector: 'edge.neighbour', style: { 'width': 3 } },
  { selector: 'node.chosen', style: { 'border-width': 5, 'border-color': '#0f766e', 'font-weight': 'bold', 'z-index': 11 } },
  { selector: 'edge.chosen', style: { 'width': 6, 'opacity': 1, 'z-index': 11 } },
  // A report under review: its new facts in magenta (double lines), contradictions in red; accepted ones
  // solid, rejected ones faint.
  { selector: 'node.proposed', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#c026d3', 'background-color': '#f5d0fe' } },
  { selector: 'node.proposal-process', style: { 'shape': 'diamond', 'width': 18, 'height': 18, 'font-size': 9, 'color': '#86198f' } },
  { selector: 'edge.proposed', style: { 'line-color': '#c026d3', 'target-arrow-color': '#c026d3', 'line-style': 'double', 'width': 4, 'opacity': 0.95, 'z-index': 8 } },
  { selector: 'edge.proposed.effect-contradicts', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626' } },
  { selector: 'edge.proposed.effect-on-record', style: { 'line-color': '#a78bfa', 'target-arrow-color': '#a78bfa' } },
  { selector: 'edge.proposal-role', style: { 'width': 1.5, 'line-style': 'dashed', 'line-dash-pattern': [3, 3] } },
  { selector: '.proposed.accepted', style: { 'line-style': 'solid', 'border-style': 'solid', 'opacity': 1 } },
  { selector: '.proposed.rejected', style: { 'opacity': 0.2, 'text-opacity': 0.4 } },
  { selector: '.filtered, .off-date', style: { 'display': 'none' } },
];
