// A deterministic Gephi-style GEXF 1.3 for the import bench: a sparse, grid-like graph shaped like the Power Grid network.

/** mulberry32: a small seeded PRNG (same seed → same file on every machine). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];

/**
 * Nodes on a jittered square grid; a random spanning tree over grid neighbours (so the graph is connected, like a
 * grid network) plus extra neighbour edges up to `edges` in all: mean degree ≈ 2.8, planar-ish, no hubs.
 * `positions: false` leaves out every viz:position so the importer's layout runs.
 */
export function powerGridGexf({ nodes = 5000, edges = 7000, seed = 4941, positions = true } = {}) {
  const random = prng(seed);
  const side = Math.ceil(Math.sqrt(nodes));
  const cell = (i) => [i % side, Math.floor(i / side)];
  const index = (x, y) => (x >= 0 && y >= 0 && x < side && y * side + x < nodes ? y * side + x : -1);
  const neighbours = (i) => {
    const [x, y] = cell(i);
    return [index(x - 1, y), index(x + 1, y), index(x, y - 1), index(x, y + 1), index(x + 1, y + 1), index(x - 1, y + 1)].filter((j) => j >= 0);
  };
  const pairs = new Set();
  const list = [];
  const link = (a, b) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) return false;
    pairs.add(key);
    list.push([a, b]);
    return true;
  };
  // Spanning tree: each node after the first links to an earlier grid neighbour (left, up or up-left diagonal).
  for (let i = 1; i < nodes; i += 1) {
    const earlier = neighbours(i).filter((j) => j < i);
    const [x, y] = cell(i);
    const fallback = index(x, y - 1) >= 0 ? index(x, y - 1) : i - 1;
    link(i, earlier.length ? earlier[Math.floor(random() * earlier.length)] : fallback);
  }
  for (let guard = 0; list.length < edges && guard < edges * 20; guard += 1) {
    const a = Math.floor(random() * nodes);
    const ns = neighbours(a);
    link(a, ns[Math.floor(random() * ns.length)]);
  }
  const degree = new Array(nodes).fill(0);
  for (const [a, b] of list) {
    degree[a] += 1;
    degree[b] += 1;
  }
  const out = [
    "<?xml version='1.0' encoding='UTF-8'?>",
    '<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    '  <meta lastmodifieddate="2024-03-01">',
    '    <creator>Gephi 0.10.1</creator>',
    '    <title>Synthetic power grid (bench)</title>',
    '    <description></description>',
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="modularity_class" title="Modularity Class" type="integer"/>',
    '      <attribute id="degree" title="Degree" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (let i = 0; i < nodes; i += 1) {
    const [x, y] = cell(i);
    const community = (Math.floor(x / 12) + Math.floor(y / 12) * 7) % PALETTE.length;
    out.push(`      <node id="${i}" label="${i + 1}">`);
    out.push(`        <attvalues>`);
    out.push(`          <attvalue for="modularity_class" value="${community}"/>`);
    out.push(`          <attvalue for="degree" value="${degree[i]}"/>`);
    out.push(`        </attvalues>`);
    out.push(`        <viz:size value="${(4 + degree[i] * 1.5).toFixed(1)}"/>`);
    if (positions) {
      const px = (x - side / 2) * 40 + (random() - 0.5) * 24;
      const py = (y - side / 2) * 40 + (random() - 0.5) * 24;
      out.push(`        <viz:position x="${px.toFixed(4)}" y="${py.toFixed(4)}" z="0.0"/>`);
    }
    out.push(`        <viz:color hex="${PALETTE[community]}" alpha="1.0"/>`);
    out.push(`      </node>`);
  }
  out.push('    </nodes>', '    <edges>');
  list.forEach(([a, b], k) => out.push(`      <edge id="${k}" source="${a}" target="${b}" weight="1.0"/>`));
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return { text: out.join('\n'), nodes, edges: list.length };
}
