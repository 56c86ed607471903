import type { ReportLanguage } from '../handover/model';
import { en, type MessageKey } from './messages.en';
import { zhCN } from './messages.zh-CN';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogs: Record<ReportLanguage, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/**
 * Returns the message function for one language. Placeholders absent from `params` stay visible.
 * `{name}` is replaced by the parameter; `{name|one|other}` chooses by number for languages that
 * inflect (English): `one` when the parameter is 1, else `other`, with `#` standing for the number —
 * `{count|# file|# files}` gives "1 file" and "3 files".
 */
export function translator(language: ReportLanguage): Translate {
  const catalog = catalogs[language];
  return (key, params) =>
    catalog[key].replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
      if (!params || !Object.prototype.hasOwnProperty.call(params, name)) return whole;
      const value = params[name]!;
      if (one === undefined || other === undefined) return String(value);
      return (Number(value) === 1 ? one : other).replace(/#/g, String(value));
    });
}

/** Maps an editor or OS locale (`zh-cn`, `zh-Hans`, `en-US`, `C.UTF-8`…) to a supported language. */
export function languageFromLocale(locale: string | undefined): ReportLanguage {
  return locale && /^zh(?:[-_]|$)/i.test(locale) ? 'zh-CN' : 'en';
}
