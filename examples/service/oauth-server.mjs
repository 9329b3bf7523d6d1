// The example's identity provider: oauth2-mock-server with a fresh RS256 key. It checks the client
// secret of the two example clients and puts the client id in the token's azp claim.
import { OAuth2Server } from 'oauth2-mock-server'

const clients = { 'shop-web': 'shop-web-secret', 'partner-app': 'partner-app-secret' }
const server = new OAuth2Server()
await server.issuer.keys.generate('RS256')

function client(request) {
  const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1]
  if (basic) {
    const [id, secret] = Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent)
    return { id, secret }
  }
  return { id: request.body?.client_id, secret: request.body?.client_secret }
}

server.service.on('beforeTokenSigning', (token, request) => {
  token.payload.azp = client(request).id
})
server.service.on('beforeResponse', (response, request) => {
  const { id, secret } = client(request)
  if (clients[id] === undefined || clients[id] !== secret) {
    response.statusCode = 401
    response.body = { error: 'invalid_client' }
  }
})
const port = Number(process.env.OAUTH_PORT ?? 17813)
await server.start(port, '127.0.0.1')
// The mock names itself localhost; tokens must carry the issuer the service and the checks use.
server.issuer.url = `http://127.0.0.1:${port}`
console.log(`oauth server ${server.issuer.url}`)
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.stop().then(() => process.exit(0)))
