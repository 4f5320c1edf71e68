// Reading a .zip safely: central directory first (entry count, declared sizes, paths checked before any inflating), then bounded inflation.
import { Inflate } from 'fflate';
import { ImportError } from './report';

/** Limits on an archive, checked from its directory before anything is inflated, then again while inflating. */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Uncompressed size of one entry. */
  maxEntryBytes: number;
}

/** One file of the archive as its directory describes it; `read()` inflates it (bounded by its declared size). */
export interface ZipEntry {
  path: string;
  size: number;
  read(): Uint8Array;
}

const INFLATE_CHUNK = 16 * 1024;

const u16 = (d: Uint8Array, at: number): number => (d[at] ?? 0) | ((d[at + 1] ?? 0) << 8);
const u32 = (d: Uint8Array, at: number): number => (u16(d, at) | (u16(d, at + 2) << 16)) >>> 0;

function refuse(file: string, code: string, en: string, zh: string, column?: string): never {
  throw new ImportError(code, column === undefined ? { file } : { file, column }, { en, zh });
}

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A path inside the archive, or why it is refused: absolute paths, drive letters and `..` segments never pass. */
export function checkZipPath(raw: string): string | null {
  const path = raw.split('\\').join('/');
  if (path.includes('\0') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return null;
  if (path.split('/').some((segment) => segment === '..')) return null;
  return path;
}

function inflateBounded(file: string, path: string, data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > size) {
      refuse(file, 'zip-bomb', `${path} inflates to more than the ${size} bytes its directory declares; the archive is refused`, `${path} 解壓後超過目錄所宣告的 ${size} 位元組；拒絕此壓縮檔`, path);
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  for (let at = 0; at < data.length; at += INFLATE_CHUNK) inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (length !== size) refuse(file, 'invalid-zip', `${path} inflates to ${length} bytes, not the ${size} its directory declares`, `${path} 解壓後為 ${length} 位元組，與目錄宣告的 ${size} 不符`, path);
  return out;
}

/**
 * The archive's files (folders left out), after checking its directory against `limits` and every path. Nothing is
 * inflated until `read()`; inflation stops as soon as an entry passes its declared size.
 */
export function listZip(file: string, data: Uint8Array, limits: ZipLimits): ZipEntry[] {
  let eocd = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at -= 1) {
    if (u32(data, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) refuse(file, 'invalid-zip', 'not a readable .zip archive (no end-of-directory record)', '不是可讀取的 .zip 壓縮檔（找不到目錄結尾記錄）');
  const count = u16(data, eocd + 10);
  let offset = u32(data, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) refuse(file, 'invalid-zip', 'ZIP64 archives are not supported; make a plain .zip', '不支援 ZIP64 壓縮檔；請改用一般 .zip');
  if (count > limits.maxEntries) {
    refuse(file, 'zip-too-many-entries', `${count} entries, more than the limit of ${limits.maxEntries}`, `有 ${count} 個項目，超過上限 ${limits.maxEntries}`);
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > data.length || u32(data, offset) !== 0x02014b50) refuse(file, 'invalid-zip', `the archive's directory is damaged (entry ${i + 1})`, `壓縮檔目錄已損壞（第 ${i + 1} 項）`);
    const flags = u16(data, offset + 8);
    const method = u16(data, offset + 10);
    const compressed = u32(data, offset + 20);
    const size = u32(data, offset + 24);
    const nameLength = u16(data, offset + 28);
    const local = u32(data, offset + 42);
    const raw = names.decode(data.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + u16(data, offset + 30) + u16(data, offset + 32);
    const path = checkZipPath(raw);
    if (path === null) refuse(file, 'zip-unsafe-path', `entry ${JSON.stringify(raw)} has an absolute path or "..": the archive is refused`, `項目 ${JSON.stringify(raw)} 是絕對路徑或含有「..」：拒絕此壓縮檔`);
    if (path.endsWith('/')) continue;
    if (size > limits.maxEntryBytes) refuse(file, 'file-too-large', `${path} is ${mb(size)} uncompressed, more than the limit of ${mb(limits.maxEntryBytes)}`, `${path} 解壓後為 ${mb(size)}，超過上限 ${mb(limits.maxEntryBytes)}`, path);
    total += size;
    if (total > limits.maxTotalBytes) {
      refuse(file, 'zip-too-large', `the archive inflates to more than the limit of ${mb(limits.maxTotalBytes)} (at least ${mb(total)})`, `壓縮檔解壓後超過上限 ${mb(limits.maxTotalBytes)}（至少 ${mb(total)}）`);
    }
    if (flags & 1) refuse(file, 'zip-encrypted', `${path} is encrypted; make the archive without a password`, `${path} 已加密；請建立不含密碼的壓縮檔`, path);
    if (method !== 0 && method !== 8) refuse(file, 'zip-compression', `${path} uses compression method ${method}; only stored and deflated entries can be read`, `${path} 使用壓縮方法 ${method}；只能讀取未壓縮或 deflate 壓縮的項目`, path);
    entries.push({
      path,
      size,
      read: () => {
        if (local + 30 > data.length || u32(data, local) !== 0x04034b50) refuse(file, 'invalid-zip', `${path}: its local header is damaged`, `${path}：本地標頭已損壞`, path);
        const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
        if (start + compressed > data.length) refuse(file, 'invalid-zip', `${path}: the archive is cut short`, `${path}：壓縮檔不完整`, path);
        const body = data.subarray(start, start + compressed);
        if (method === 0) {
          if (compressed !== size) refuse(file, 'invalid-zip', `${path}: stored size ${compressed} differs from its declared size ${size}`, `${path}：儲存大小 ${compressed} 與宣告大小 ${size} 不符`, path);
          return body.slice();
        }
        return inflateBounded(file, path, body, size);
      },
    });
  }
  return entries;
}
