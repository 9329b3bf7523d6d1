// Dropbox's error bodies as its API documents them, one per union deliver meets: each reads as the
// same tag path (and correct_offset) whatever the route wraps it in.
import { readDropboxError } from '../../src/delivery/dropbox/api.js'

const conflictFile = { '.tag': 'conflict', conflict: { '.tag': 'file' } }

test.each([
  // files/upload: UploadError.path is an UploadWriteFailed struct, so its fields sit beside the tag.
  ['UploadError path (UploadWriteFailed)', { '.tag': 'path', reason: conflictFile, upload_session_id: 'pid_upload_session:AB' }, 'path/conflict/file', undefined],
  ['UploadError content_hash_mismatch', { '.tag': 'content_hash_mismatch' }, 'content_hash_mismatch', undefined],
  // upload_session/finish and each failed finish_batch_v2 entry: UploadSessionFinishError.
  ['UploadSessionFinishError path (WriteError)', { '.tag': 'path', path: { '.tag': 'conflict', conflict: { '.tag': 'file_ancestor' } } }, 'path/conflict/file_ancestor', undefined],
  ['UploadSessionFinishError lookup_failed incorrect_offset', { '.tag': 'lookup_failed', lookup_failed: { '.tag': 'incorrect_offset', correct_offset: 8388608 } }, 'lookup_failed/incorrect_offset', 8388608],
  ['UploadSessionFinishError lookup_failed closed', { '.tag': 'lookup_failed', lookup_failed: { '.tag': 'closed' } }, 'lookup_failed/closed', undefined],
  ['UploadSessionFinishError too_many_write_operations', { '.tag': 'too_many_write_operations' }, 'too_many_write_operations', undefined],
  // upload_session/append_v2: UploadSessionAppendError, with UploadSessionOffsetError beside the tag.
  ['UploadSessionAppendError incorrect_offset', { '.tag': 'incorrect_offset', correct_offset: 0 }, 'incorrect_offset', 0],
  ['UploadSessionAppendError closed', { '.tag': 'closed' }, 'closed', undefined],
  ['UploadSessionAppendError not_found', { '.tag': 'not_found' }, 'not_found', undefined],
  // get_metadata, download, list_folder: LookupError under `path`; delete_v2 under `path_lookup`.
  ['GetMetadataError path not_found', { '.tag': 'path', path: { '.tag': 'not_found' } }, 'path/not_found', undefined],
  ['DeleteError path_lookup not_found', { '.tag': 'path_lookup', path_lookup: { '.tag': 'not_found' } }, 'path_lookup/not_found', undefined],
  ['DeleteError path_write conflict', { '.tag': 'path_write', path_write: conflictFile }, 'path_write/conflict/file', undefined],
  ['ListFolderContinueError reset', { '.tag': 'reset' }, 'reset', undefined],
  ['WriteError malformed_path (a string value)', { '.tag': 'path', reason: { '.tag': 'malformed_path', malformed_path: 'bad' }, upload_session_id: 'x' }, 'path/malformed_path', undefined],
  // sharing: the existing link's metadata, or nothing.
  ['CreateSharedLinkWithSettingsError shared_link_already_exists', { '.tag': 'shared_link_already_exists', shared_link_already_exists: { '.tag': 'metadata', metadata: { '.tag': 'folder', url: 'u' } } }, 'shared_link_already_exists/metadata/folder', undefined],
  ['CreateSharedLinkWithSettingsError shared_link_already_exists, bare', { '.tag': 'shared_link_already_exists' }, 'shared_link_already_exists', undefined],
  ['CreateSharedLinkWithSettingsError settings_error', { '.tag': 'settings_error', settings_error: { '.tag': 'not_authorized' } }, 'settings_error/not_authorized', undefined],
  // 429: RateLimitError is a struct around its reason.
  ['RateLimitError', { reason: { '.tag': 'too_many_write_operations' }, retry_after: 1 }, 'too_many_write_operations', undefined],
  // 401: AuthError.
  ['AuthError', { '.tag': 'expired_access_token' }, 'expired_access_token', undefined],
])('%s', (_name, error, tag, correctOffset) => {
  expect(readDropboxError({ error_summary: 'anything/..', error })).toEqual({ tag, correctOffset })
})

test('an OAuth error names its code; a body that is no union has no tag', () => {
  expect(readDropboxError({ error: 'invalid_grant', error_description: 'revoked' })).toEqual({ tag: 'invalid_grant' })
  expect(readDropboxError('Error in call to API function')).toEqual({})
  expect(readDropboxError({ error_summary: 'path/conflict/file/..' })).toEqual({ tag: undefined, correctOffset: undefined })
})
