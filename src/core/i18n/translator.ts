import type { ReportLanguage } from '../handover/model';
import { en, type MessageKey } from './messages.en';
import { zhCN } from './messages.zh-CN';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogs: Record<ReportLanguage, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** Returns the message function for one language. Placeholders absent from `params` stay visible. */
export function translator(language: ReportLanguage): Translate {
  const catalog = catalogs[language];
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
}

/** Maps an editor or OS locale (`zh-cn`, `zh-Hans`, `en-US`, `C.UTF-8`…) to a supported language. */
export function languageFromLocale(locale: string | undefined): ReportLanguage {
  return locale && /^zh(?:[-_]|$)/i.test(locale) ? 'zh-CN' : 'en';
}
