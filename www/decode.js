// Decoding a dropped or opened file: UTF-8 (with or without BOM), UTF-16 (BOM, or detected from
// NUL bytes), otherwise GB18030 (a superset of GBK and GB2312). All with the browser's TextDecoder.

const SIGNATURES = [
  [[0x50, 0x4b, 0x03, 0x04], 'Word/WPS 文档（.docx）或压缩包'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0xd0, 0xcf, 0x11, 0xe0], '旧版 Word 文档（.doc）'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF 文档'],
];

/** @param {ArrayBuffer|Uint8Array} buf  @returns {{text: string, encoding: string}} */
export function decodeBytes(buf) {
  const b = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  for (const [sig, what] of SIGNATURES) {
    if (sig.every((x, i) => b[i] === x)) {
      throw new Error(`这是${what}，不是纯文本。请先在 Word/WPS 中“另存为”纯文本（.txt）再打开。`);
    }
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(b), encoding: 'UTF-8' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b), encoding: 'UTF-16LE' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b), encoding: 'UTF-16BE' };
  // UTF-16 without BOM: ASCII characters (digits, line breaks) leave NUL bytes on one side
  const n = Math.min(b.length, 4096);
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) { if (i % 2) oddNul++; else evenNul++; }
  if (n >= 16 && oddNul > n / 16 && evenNul < oddNul / 8) return { text: new TextDecoder('utf-16le').decode(b), encoding: 'UTF-16LE' };
  if (n >= 16 && evenNul > n / 16 && oddNul < evenNul / 8) return { text: new TextDecoder('utf-16be').decode(b), encoding: 'UTF-16BE' };
  if (evenNul + oddNul > 0) throw new Error('这个文件含有二进制内容，不是纯文本文件。');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(b), encoding: 'GB18030' };
  }
}
