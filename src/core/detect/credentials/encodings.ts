// Decoding of the encodings secrets are stored in. Decoded text stays in memory like any value.

/** The text a base64 string encodes, when it is printable ASCII (a user:password pair, a password). */
export function base64Text(text: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 === 1) return undefined;
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  return /^[\x20-\x7e\t\r\n]+$/.test(decoded) ? decoded : undefined;
}

/**
 * Like base64Text, for values that might be base64 or might be a plain password: only padded-length
 * strings of 8+ characters count, so that a random 12-character password is not taken for base64 (its
 * bytes are printable ASCII with a probability well below one in a million).
 */
export function strictBase64Text(text: string): string | undefined {
  if (text.length < 8 || text.length % 4 !== 0) return undefined;
  const decoded = base64Text(text);
  return decoded !== undefined && decoded.length >= 6 ? decoded : undefined;
}

export function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
