// Preview: what would be sent, written as preview.html, preview.txt and preview.json (headers,
// recipients, variables) to a folder, without opening any connection.
import { join } from 'node:path'
import { writeFileAtomic } from '../evidence/local-store.js'
import type { Logger } from '../platform/logger.js'
import type { PlannedMail } from './plan.js'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)
}

/**
 * Writes the preview of one message; `recipients` lists everyone a roster send would reach. The
 * message itself holds no secret (planMail refuses one that does), but preview.json lists every
 * variable, used or not: each file is masked as it is written.
 */
export async function writePreview(folder: string, mail: PlannedMail, recipients: string[], secrets: Pick<Logger, 'mask'>): Promise<string[]> {
  const html = mail.mail.html ?? `<pre>${escapeHtml(mail.mail.text ?? '')}</pre>`
  const description = {
    template: mail.template,
    event: mail.mail.event,
    eventKey: mail.eventKey,
    headers: {
      'Message-ID': mail.mail.messageId,
      From: mail.mail.from,
      'Reply-To': mail.mail.replyTo ?? null,
      To: mail.mail.to,
      Cc: mail.mail.cc,
      Bcc: mail.mail.bcc,
      Subject: mail.mail.subject,
    },
    recipients,
    parts: { text: mail.mail.text !== undefined, html: mail.mail.html !== undefined },
    variables: mail.variables,
  }
  const paths = [join(folder, 'preview.html'), join(folder, 'preview.txt'), join(folder, 'preview.json')]
  await writeFileAtomic(paths[0]!, secrets.mask(html))
  await writeFileAtomic(paths[1]!, secrets.mask(mail.mail.text ?? ''))
  await writeFileAtomic(paths[2]!, secrets.mask(`${JSON.stringify(description, null, 2)}\n`))
  return paths
}
