// `shipgate mail bounces-scan`: the bounce-scan action's code with flags named as its inputs; prints
// the same outputs (scanned, participants-updated, unmatched, ...) and, with --summary FILE, the table.
import type { ActionDefinition } from '../../platform/action.js'
import type { CommandIo } from '../io.js'
import { runActionWithFlags } from './run.js'

export async function bouncesScanCommand(args: string[], io: CommandIo): Promise<number> {
  const { bounceScanAction } = await import('../../actions/bounce-scan.js')
  return runActionWithFlags(bounceScanAction as ActionDefinition<unknown>, args, io, 'shipgate mail bounces-scan')
}
