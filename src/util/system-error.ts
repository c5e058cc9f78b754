import path from 'node:path'

/**
 * What went wrong with `file`, in words, for a failed file-system call:
 * Node's own text (`ENOENT: no such file or directory, open '…'`) repeats
 * the path and the system call, which mean nothing to the reader.
 */
export function describeFileError(error: unknown, file?: string): string {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined
  const directory = file === undefined ? undefined : path.dirname(file)
  switch (code) {
    case 'ENOENT':
      return directory !== undefined && directory !== '.' && directory !== file ? `no such file or directory (does \`${directory}\` exist?)` : 'no such file or directory'
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a directory'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EDQUOT':
      return 'the disk quota is used up'
    case 'EROFS':
      return 'the file system is read-only'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files'
  }
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '[^']*'$/, '')
}
