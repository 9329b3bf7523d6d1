// The evidence folder an action uses unless told otherwise. A leaf module, so that an action's
// inputs can name it without loading the evidence store and every contract's schema.
export const DEFAULT_ARTIFACTS_DIR = '.artifacts'
