// Finds python3 with networkx for the interop test; installs Debian's python3-networkx as root with apt-get, like Chromium.
import { execFileSync, spawnSync } from 'node:child_process';

const hasNetworkx = () => spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

function canAptInstall() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure `python3 -c "import networkx"` works: as root with apt-get, installs python3 and
 * python3-networkx when missing; otherwise throws one line saying what to install.
 */
export function ensureNetworkx() {
  if (hasNetworkx()) return 'python3';
  if (canAptInstall()) {
    console.log("networkx not found: installing Debian's python3-networkx (apt-get install -y python3 python3-networkx)…");
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-networkx >/dev/null'], { stdio: 'inherit' });
    if (hasNetworkx()) return 'python3';
  }
  throw new Error('The interop test needs Python 3 with networkx: install it (Debian/Ubuntu: `sudo apt-get install python3-networkx`, elsewhere `pip install networkx`).');
}
