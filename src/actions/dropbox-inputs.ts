// The Dropbox connection inputs, documented and parsed once: deliver uses them to deliver, and
// send-mail to reach the same delivery manifest for the delivery email. Kept apart from both
// actions so that neither loads the other's code.
import type { InputSpec } from '../platform/action.js'
import { inputs } from '../platform/action.js'

export const dropboxInputs = {
    'dropbox-access-token': { description: 'A Dropbox access token (short-lived). Prefer a refresh token for CI.', secret: true },
    'dropbox-refresh-token': { description: 'A Dropbox refresh token; needs dropbox-app-key and dropbox-app-secret.', secret: true },
    'dropbox-app-key': { description: 'The Dropbox app key, for refreshing the access token.' },
    'dropbox-app-secret': { description: 'The Dropbox app secret, for refreshing the access token.', secret: true },
    'use-api-root-folder': { description: 'true: put every delivery path under api-root-folder (bot-root mode).', default: 'false' },
    'api-root-folder': { description: 'The folder every Dropbox path goes under when use-api-root-folder is true (e.g. /Apps/shipgate-bot).' },
    'dropbox-api-url': {
      description: 'Send Dropbox API requests to this endpoint instead of api.dropboxapi.com and content.dropboxapi.com (tests, proxies). Also read from SHIPGATE_DROPBOX_API_URL.',
    },
} satisfies Record<string, InputSpec>

/** The parsed form of dropboxInputs. */
export const dropboxSettings = {
  'dropbox-access-token': inputs.text(),
  'dropbox-refresh-token': inputs.text(),
  'dropbox-app-key': inputs.text(),
  'dropbox-app-secret': inputs.text(),
  'use-api-root-folder': inputs.boolean(false),
  'api-root-folder': inputs.text(),
  'dropbox-api-url': inputs.text(),
}
