// Types for graphology-gexf's DOM-free writer module (the package's typed entries also load a parser needing a DOM).
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf';
  const writeGexf: typeof write;
  export default writeGexf;
}
