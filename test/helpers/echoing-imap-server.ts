// An IMAP server that refuses every login and, as some servers do, echoes in its NO what the
// client sent: the AUTHENTICATE PLAIN blob, decoded too, or LOGIN's user and password. For the
// tests that hold every place a step or command writes to masking them.
import { createServer, type Socket } from 'node:net'

export interface EchoingImapServer {
  port: number
  stop(): Promise<void>
}

export async function echoingImapServer(): Promise<EchoingImapServer> {
  const refusal = (tag: string, sent: string) => `${tag} NO [AUTHENTICATIONFAILED] rejected ${sent} (${Buffer.from(sent, 'base64').toString('utf8').replace(/\0/g, ' ')})\r\n`
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    socket.write('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] echo ready\r\n')
    let buffered = ''
    let authenticating: string | undefined
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8')
      for (let end = buffered.indexOf('\r\n'); end !== -1; end = buffered.indexOf('\r\n')) {
        const line = buffered.slice(0, end)
        buffered = buffered.slice(end + 2)
        if (authenticating) {
          socket.write(refusal(authenticating, line))
          authenticating = undefined
          continue
        }
        const [tag = '*', command = '', ...rest] = line.split(' ')
        const verb = command.toUpperCase()
        if (verb === 'CAPABILITY') socket.write(`* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n${tag} OK done\r\n`)
        else if (verb === 'AUTHENTICATE' && rest[1] !== undefined) socket.write(refusal(tag, rest[1]))
        else if (verb === 'AUTHENTICATE') {
          authenticating = tag
          socket.write('+ \r\n')
        } else if (verb === 'LOGIN') socket.write(`${tag} NO [AUTHENTICATIONFAILED] rejected ${rest.join(' ')}\r\n`)
        else if (verb === 'LOGOUT') socket.end(`* BYE\r\n${tag} OK bye\r\n`)
        else socket.write(`${tag} OK done\r\n`)
      }
    })
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  return {
    port: (server.address() as { port: number }).port,
    stop: () =>
      new Promise<void>((closed) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => closed())
      }),
  }
}
