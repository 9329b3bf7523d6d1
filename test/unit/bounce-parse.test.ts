// Reading bounce notices (RFC 3464 and the common non-standard shapes), matching them to sends,
// and the roster rewrite that retires addresses.
import { mightBeNotice, readNotice, type BounceNotice } from '../../src/mail/bounces/notice.js'
import { retireInRosterText } from '../../src/mail/bounces/roster-update.js'
import { matchSend } from '../../src/mail/bounces/scan.js'
import { parseRoster } from '../../src/mail/roster.js'
import type { SendLogEntry } from '../../src/mail/send-log.js'
import { autoReply, exchangeReport, gmailReport, postfixReport, qmailReport } from '../helpers/bounce-samples.js'

const ORIGINAL_ID = '<0123456789abcdef0123456789abcdef.shipgate@acme.test>'
const original = (to: string) => ({
  raw: [
    'From: releases@acme.test',
    `To: ${to}`,
    'Subject: Daily digest',
    `Message-ID: ${ORIGINAL_ID}`,
    'X-Shipgate-Event: daily-digest-0123456789abcdef',
    'Content-Type: text/plain',
    '',
    'Hello, this is the digest.',
  ].join('\r\n'),
})

async function bounceOf(raw: string): Promise<BounceNotice> {
  const reading = await readNotice(Buffer.from(raw))
  if (!reading.bounce) throw new Error(`not read as a bounce: ${reading.reason}`)
  return reading.notice
}

describe('RFC 3464 delivery reports', () => {
  test('a Postfix hard bounce: recipient, action, status, unfolded diagnostic and the returned message', async () => {
    const sample = postfixReport({ recipient: 'Ann@Partner.test', returned: original('ann@partner.test') })
    const notice = await bounceOf(sample.raw)
    expect(notice).toMatchObject({ noticeId: sample.id, format: 'rfc3464', heuristic: false })
    expect(notice.recipients).toEqual([
      {
        address: 'ann@partner.test',
        originalAddress: 'ann@partner.test',
        action: 'failed',
        status: '5.1.1',
        diagnostic: '550 5.1.1 <Ann@Partner.test>: Recipient address rejected: User unknown in virtual mailbox table',
        kind: 'hard',
      },
    ])
    expect(notice.original).toMatchObject({ messageId: ORIGINAL_ID, to: ['ann@partner.test'], subject: 'Daily digest', event: 'daily-digest-0123456789abcdef' })
  })

  test('a 4.x.x delay is soft; text/rfc822-headers carry the original Message-ID', async () => {
    const notice = await bounceOf(postfixReport({ recipient: 'slow@partner.test', action: 'delayed', status: '4.4.1', diagnostic: '451 4.4.1 connection timed out', returned: original('slow@partner.test'), headersOnly: true }).raw)
    expect(notice.recipients).toEqual([expect.objectContaining({ address: 'slow@partner.test', action: 'delayed', status: '4.4.1', kind: 'soft', diagnostic: '451 4.4.1 connection timed out' })])
    expect(notice.original.messageId).toBe(ORIGINAL_ID)
  })

  test('a report wrapped in multipart/mixed, its parts base64 and quoted-printable, reads the same', async () => {
    const status = ['Reporting-MTA: dns; mx.partner.test', '', 'Final-Recipient: rfc822; wrapped@partner.test', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 no such user here'].join('\r\n')
    const returned = original('wrapped@partner.test').raw.replace('Subject: Daily digest', 'Subject: =?UTF-8?Q?Daily_digest_=E2=9C=93?=')
    const raw = [
      'From: MAILER-DAEMON@mx.partner.test',
      'To: releases@acme.test',
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <wrapped.notice@mx.partner.test>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Your message could not be delivered.',
      '--inner',
      'Content-Type: message/delivery-status',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(status).toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--inner',
      'Content-Type: text/rfc822-headers',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      returned.slice(0, returned.indexOf('\r\n\r\n')).replace(/=/g, '=3D'),
      '--inner--',
      '--outer--',
      '',
    ].join('\r\n')
    const notice = await bounceOf(raw)
    expect(notice).toMatchObject({ format: 'rfc3464', heuristic: false, noticeId: '<wrapped.notice@mx.partner.test>' })
    expect(notice.recipients).toEqual([expect.objectContaining({ address: 'wrapped@partner.test', status: '5.1.1', kind: 'hard', diagnostic: '550 5.1.1 no such user here' })])
    expect(notice.original).toMatchObject({ messageId: ORIGINAL_ID, to: ['wrapped@partner.test'], event: 'daily-digest-0123456789abcdef' })
  })

  test('a report of successful delivery is not a bounce', async () => {
    const raw = postfixReport({ recipient: 'ann@partner.test' }).raw.replace('Action: failed', 'Action: delivered').replace('Status: 5.1.1', 'Status: 2.0.0')
    const reading = await readNotice(Buffer.from(raw))
    expect(reading).toMatchObject({ bounce: false, reason: expect.stringContaining('without failed or delayed') })
  })
})

describe('non-standard notices, read heuristically', () => {
  test('Exchange: the address, the 5.1.10 code and the quoted original headers', async () => {
    const notice = await bounceOf(exchangeReport({ recipient: 'old.user@partner.test', returned: original('old.user@partner.test') }).raw)
    expect(notice).toMatchObject({ format: 'exchange', heuristic: true })
    expect(notice.recipients).toEqual([expect.objectContaining({ address: 'old.user@partner.test', status: '5.1.10', kind: 'hard' })])
    expect(notice.recipients[0]!.diagnostic).toContain('RESOLVER.ADR.RecipientNotFound')
    expect(notice.original.messageId).toBe(ORIGINAL_ID)
  })

  test('Gmail: X-Failed-Recipients, the remote response, and the attached original', async () => {
    const notice = await bounceOf(gmailReport({ recipient: 'nobody.here@gmail.test', returned: original('nobody.here@gmail.test') }).raw)
    expect(notice).toMatchObject({ format: 'gmail', heuristic: true })
    expect(notice.recipients).toEqual([expect.objectContaining({ address: 'nobody.here@gmail.test', status: '5.1.1', kind: 'hard', diagnostic: expect.stringMatching(/^550 5\.1\.1 The email account/) })])
    expect(notice.original).toMatchObject({ messageId: ORIGINAL_ID, event: 'daily-digest-0123456789abcdef' })
  })

  test("Gmail's current wording without X-Failed-Recipients: the whole address, whatever its domain, and not the full stop after it", async () => {
    for (const recipient of ['cat@example.com', 'cat@example.test', 'cat@example.co.uk', 'Cat.Person+digest@mail.example.co.uk']) {
      const notice = await bounceOf(gmailReport({ recipient, failedRecipientsHeader: false, returned: original(recipient) }).raw)
      expect(notice).toMatchObject({ format: 'gmail', heuristic: true })
      expect(notice.recipients).toEqual([expect.objectContaining({ address: recipient.toLowerCase(), status: '5.1.1', kind: 'hard' })])
    }
    for (const [sentence, address] of [
      ["Your message wasn't delivered to cat@example.com.", 'cat@example.com'],
      ["Your message wasn't delivered to <cat@example.co.uk>.", 'cat@example.co.uk'],
      ['Your message could not be delivered to cat@example.test, the mailbox is full.', 'cat@example.test'],
    ] as const) {
      const notice = await bounceOf(gmailReport({ recipient: address, failedRecipientsHeader: false, notDelivered: sentence }).raw)
      expect([sentence, notice.recipients.map((recipient) => recipient.address)]).toEqual([sentence, [address]])
    }
  })

  test('qmail: the <address>: paragraph, a permanent error, and the copy below the line', async () => {
    const notice = await bounceOf(qmailReport({ recipient: 'Q@Qmail.test', returned: original('q@qmail.test') }).raw)
    expect(notice).toMatchObject({ format: 'qmail', heuristic: true })
    expect(notice.recipients).toEqual([expect.objectContaining({ address: 'q@qmail.test', status: '5.1.1', kind: 'hard', diagnostic: '550 5.1.1 mailbox unavailable' })])
    expect(notice.original.messageId).toBe(ORIGINAL_ID)
  })

  test('an auto-reply is not a bounce, nor is ordinary mail; a notice without Message-ID gets a digest id', async () => {
    const reply = await readNotice(Buffer.from(autoReply({ from: 'dave@partner.test', inReplyTo: ORIGINAL_ID }).raw))
    expect(reply).toMatchObject({ bounce: false, reason: expect.stringContaining('automatic reply') })
    const ordinary = await readNotice(Buffer.from('From: a@partner.test\r\nTo: releases@acme.test\r\nSubject: thanks\r\nMessage-ID: <m1@partner.test>\r\n\r\nthe digest was great\r\n'))
    expect(ordinary).toMatchObject({ bounce: false, reason: expect.stringContaining('no delivery report') })
    const withoutId = qmailReport({ recipient: 'q@qmail.test' }).raw.replace(/^Message-ID: .*\r\n/m, '')
    const first = await bounceOf(withoutId)
    expect(first.noticeId).toMatch(/^<sha256-[0-9a-f]{32}@bounce-scan\.invalid>$/)
    expect((await bounceOf(withoutId)).noticeId).toBe(first.noticeId)
  })

  test('the header filter lets notices through and keeps ordinary mail out', () => {
    const headers = (raw: string) => raw.slice(0, raw.indexOf('\r\n\r\n'))
    expect(mightBeNotice(headers(postfixReport({ recipient: 'a@b.test' }).raw))).toBe(true)
    expect(mightBeNotice(headers(exchangeReport({ recipient: 'a@b.test' }).raw))).toBe(true)
    expect(mightBeNotice(headers(gmailReport({ recipient: 'a@b.test' }).raw))).toBe(true)
    expect(mightBeNotice(headers(qmailReport({ recipient: 'a@b.test' }).raw))).toBe(true)
    expect(mightBeNotice('From: a@partner.test\r\nSubject: thanks\r\nContent-Type: text/plain')).toBe(false)
  })
})

describe('matching a bounce to its send', () => {
  const send = (recipient: string, messageId: string, time: string): SendLogEntry => ({
    time, event: `e-${recipient}`, template: 'daily-digest', recipient, status: 'sent', response: '250 ok', messageId, error: null, attempts: 1,
  })
  const sends = [
    send('ann@partner.test', ORIGINAL_ID, '2025-01-01T06:00:00Z'),
    send('ann@partner.test', '<later.shipgate@acme.test>', '2025-01-02T06:00:00Z'),
    send('owner@acme.test,ops@acme.test', '<release.shipgate@acme.test>', '2025-01-02T07:00:00Z'),
  ]
  const noticeFor = (address: string, messageId?: string): BounceNotice => ({
    noticeId: '<n@x>', format: 'rfc3464', heuristic: false,
    recipients: [{ address, action: 'failed', status: '5.1.1', kind: 'hard' }],
    original: { messageId, references: [], to: [] },
  })

  test('by the returned Message-ID and the recipient, even when a later send exists', () => {
    const notice = noticeFor('ann@partner.test', ORIGINAL_ID)
    expect(matchSend(notice.recipients[0]!, notice, sends)).toMatchObject({ match: 'message-id', address: 'ann@partner.test', send: { messageId: ORIGINAL_ID } })
  })

  test('a multi-recipient send matches the address that bounced', () => {
    const notice = noticeFor('OPS@acme.test'.toLowerCase(), '<release.shipgate@acme.test>')
    expect(matchSend(notice.recipients[0]!, notice, sends)).toMatchObject({ match: 'message-id', address: 'ops@acme.test' })
  })

  test("without a known Message-ID: the recipient's most recent send, marked as such; else unmatched with the reason", () => {
    const notice = noticeFor('ann@partner.test', '<unknown@elsewhere.test>')
    expect(matchSend(notice.recipients[0]!, notice, sends)).toMatchObject({ match: 'recipient-latest', send: { messageId: '<later.shipgate@acme.test>' } })
    const stranger = noticeFor('stranger@nowhere.test', '<unknown@elsewhere.test>')
    expect(matchSend(stranger.recipients[0]!, stranger, sends)).toEqual({ reason: 'the returned Message-ID <unknown@elsewhere.test> is not in the send log, and nothing was sent to stranger@nowhere.test according to the send log' })
  })
})

describe('retiring people in the roster CSV', () => {
  const roster = ['email,name,status,team', 'ann@partner.test,Ann,active,Blue', '"bob@partner.test","Bob, Jr.",active,"Red', 'Team"', '', 'cat@partner.test,Cat,inactive,Blue', ''].join('\r\n')

  test('only the retired rows change; a note column is added; every other byte stays', () => {
    const { text, update } = retireInRosterText(roster, 'roster.csv', [
      { email: 'BOB@partner.test', note: 'bounced 2025-01-02 (hard, 5.1.1)' },
      { email: 'cat@partner.test', note: 'x' },
      { email: 'zed@partner.test', note: 'y' },
    ])
    expect(update).toMatchObject({ retired: [{ email: 'bob@partner.test', name: 'Bob, Jr.', line: 3 }], alreadyInactive: ['cat@partner.test'], notOnRoster: ['zed@partner.test'] })
    expect(text).toBe(['email,name,status,team,note', 'ann@partner.test,Ann,active,Blue,', 'bob@partner.test,"Bob, Jr.",inactive,"Red\r\nTeam","bounced 2025-01-02 (hard, 5.1.1)"', '', 'cat@partner.test,Cat,inactive,Blue,', ''].join('\r\n'))
    const reread = parseRoster(text!, 'roster.csv')
    expect(reread.problems).toEqual([])
    expect(reread.people.map((person) => [person.email, person.status, person.columns.note])).toEqual([
      ['ann@partner.test', 'active', ''],
      ['bob@partner.test', 'inactive', 'bounced 2025-01-02 (hard, 5.1.1)'],
      ['cat@partner.test', 'inactive', ''],
    ])
  })

  test('an existing note is kept and the new one appended; nothing to do gives no text', () => {
    const withNote = 'email,name,status,note\nann@partner.test,Ann,active,VIP\n'
    expect(retireInRosterText(withNote, 'r.csv', [{ email: 'ann@partner.test', note: 'bounced' }]).text).toBe('email,name,status,note\nann@partner.test,Ann,inactive,VIP; bounced\n')
    expect(retireInRosterText(withNote, 'r.csv', [{ email: 'zed@partner.test', note: 'bounced' }]).text).toBeUndefined()
  })

  test('a roster validate-roster rejects is not rewritten: an unclosed quote, the same address twice with case aside', () => {
    const unclosed = 'email,name,status\nann@partner.test,Ann,active\nbob@partner.test,"Bob,active\n'
    expect(() => retireInRosterText(unclosed, 'r.csv', [{ email: 'ann@partner.test', note: 'bounced' }])).toThrow(/^roster r\.csv has 1 problem; not rewritten\. .*\nr\.csv:3: a quoted field is not closed/)
    const twice = 'email,name,status\nANN@partner.test,Ann,active\nann@partner.test,Ann,active\n'
    expect(() => retireInRosterText(twice, 'r.csv', [{ email: 'ann@partner.test', note: 'bounced' }])).toThrow("r.csv:3: duplicate email 'ann@partner.test' (first on line 2)")
  })
})
