import { isLanguage, type Actor, type Language } from '@corebook/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CorebookError, badInput } from './errors';
import type { RequestContexts } from './request-context';
import { requireActor } from './signed-in';

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content-Disposition of a download: a plain ASCII name and the real one (RFC 6266). */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function sendDownload(
  reply: FastifyReply,
  contentType: string,
  fileName: string,
  body: Buffer | string,
): Promise<void> {
  await reply
    .header('content-type', contentType)
    .header('content-disposition', attachment(fileName))
    .send(body);
}

/**
 * Runs a REST route and answers a coded refusal (not signed in, not allowed, bad input) as
 * GraphQL does, `{ errors: [{ message, extensions: { code, field, … } }] }`, with the HTTP
 * status of the refusal, so a client reads both the same way.
 */
export async function answeringRefusals(
  reply: FastifyReply,
  route: () => Promise<void>,
): Promise<void> {
  try {
    await route();
  } catch (error) {
    if (!(error instanceof CorebookError)) throw error;
    await reply.code(error.getStatus()).send({
      errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }],
    });
  }
}

/** The first of the caller's Accept-Language choices that is English or Chinese. */
function acceptedLanguage(header: string | undefined): Language | undefined {
  const choices = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter((choice) => choice.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of choices) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return undefined;
}

/**
 * The language of an export's headers and words: `lang` when given (the portal passes its
 * own; en or zh-CN, anything else is refused), else the caller's Accept-Language, else English.
 */
export function exportLanguage(request: FastifyRequest, lang: unknown): Language {
  if (lang === undefined || lang === '')
    return acceptedLanguage(request.headers['accept-language']) ?? 'en';
  if (!isLanguage(lang)) throw badInput('lang', 'lang must be "en" or "zh-CN"');
  return lang;
}

/**
 * A spreadsheet for a signed-in caller (the session cookie or a bearer token): refusals
 * answered as GraphQL's, the workbook built for the caller in the language they asked for
 * (`lang` among the query parameters) and sent under its file name. `build` checks the
 * caller's permission before it reads the rest of the query.
 */
export async function sendWorkbookTo(
  contexts: RequestContexts,
  request: FastifyRequest,
  reply: FastifyReply,
  build: (actor: Actor, language: Language) => Promise<{ fileName: string; workbook: Buffer }>,
): Promise<void> {
  await answeringRefusals(reply, async () => {
    const actor = requireActor(await contexts.create(request, reply));
    const language = exportLanguage(request, (request.query as Record<string, unknown>).lang);
    const { fileName, workbook } = await build(actor, language);
    await sendDownload(reply, XLSX_CONTENT_TYPE, fileName, workbook);
  });
}
