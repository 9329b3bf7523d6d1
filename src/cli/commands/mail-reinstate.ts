// `shipgate mail reinstate EMAIL --send-log FILE [--note TEXT]`: gives an address bounce-scan retired
// back to roster sends once its mailbox works again, by a `reinstated` line in the send log (the
// carried state on a runner, where the scheduled workflow's reinstate input runs this).
import { requireAddress } from '../../mail/addresses.js'
import { reinstateAddress } from '../../mail/send-log.js'
import { systemClock } from '../../platform/clock.js'
import { SecretMasker } from '../../platform/logger.js'
import { EXIT, parseFlags, UsageError, type CommandIo } from '../io.js'

const NAME = 'shipgate mail reinstate'

const USAGE = `Usage: shipgate mail reinstate EMAIL --send-log FILE [--note TEXT]

Gives an address that bounce-scan retired back to roster sends (its mailbox works again): appends a
'reinstated' line to the send log, after which roster sends write to it again if the roster says
active. An address the send log does not hold retired is left alone (exit 0, nothing written).`

export async function reinstateCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseFlags(NAME, args, { 'send-log': { type: 'string' }, note: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true)
  if (parsed.values.help) {
    io.out(USAGE)
    return EXIT.ok
  }
  const [email, ...extra] = parsed.positionals
  const sendLog = parsed.values['send-log']
  if (!email || extra.length > 0 || !sendLog) throw new UsageError('give one EMAIL and --send-log FILE', NAME)
  const address = requireAddress(email, 'EMAIL')
  const outcome = await reinstateAddress(sendLog, address, parsed.values.note ?? '', systemClock.now(), new SecretMasker())
  io.out(outcome === 'reinstated' ? `${address}: reinstated in ${sendLog}; roster sends write to it again while the roster says active` : `${address}: not retired in ${sendLog}; nothing written`)
  return EXIT.ok
}
