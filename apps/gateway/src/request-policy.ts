import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { GraphQLError } from 'graphql';
import { ANONYMOUS, principalFromAuthorization, type Principal, type TokenVerifier } from '@plume/auth';
import { ErrorCode } from '@plume/errors';
import { isPublicCaller } from './public-callers';
import type { TrustedDocuments } from './trusted-documents';

interface GraphqlBody {
  query?: string;
  documentId?: string;
  extensions?: { persistedQuery?: { sha256Hash?: string } };
}

export interface RequestPolicy {
  preHandler: preHandlerAsyncHookHandler;
  /** The caller verified by the preHandler, for Apollo's context function. */
  principalOf(request: FastifyRequest): Principal;
}

/**
 * Runs before Apollo: verifies the caller's token once, turns an operation id into its trusted
 * document, and — when enforcement is on — refuses public traffic that sends anything else.
 */
export function createRequestPolicy(verifyToken: TokenVerifier, documents: TrustedDocuments, enforce: boolean): RequestPolicy {
  const principals = new WeakMap<FastifyRequest, Principal>();

  const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
    reply.code(status).header('content-type', 'application/json').send({ errors: [{ message, extensions: { code } }] });

  const preHandler: preHandlerAsyncHookHandler = async (request, reply) => {
    let principal: Principal;
    try {
      principal = await principalFromAuthorization(request.headers.authorization, verifyToken);
    } catch (error) {
      return refuse(reply, 401, ErrorCode.Unauthenticated, (error as GraphQLError).message);
    }
    principals.set(request, principal);
    const body = (request.method === 'GET' ? request.query : request.body) as GraphqlBody | undefined;
    if (!body || typeof body !== 'object') return;
    const id = body.documentId ?? body.extensions?.persistedQuery?.sha256Hash;
    if (id) {
      const document = documents.documentFor(id);
      if (!document) return refuse(reply, 400, 'PERSISTED_QUERY_NOT_FOUND', 'Unknown operation id: use an operation published in the Plume trusted documents.');
      body.query = document;
      delete body.documentId;
      if (body.extensions) delete body.extensions.persistedQuery;
      return;
    }
    if (enforce && isPublicCaller(principal) && body.query !== undefined && !documents.isTrusted(body.query)) {
      return refuse(reply, 403, ErrorCode.Forbidden, 'Public callers may only run the published Plume operations; send one by its documentId.');
    }
  };

  return { preHandler, principalOf: (request) => principals.get(request) ?? ANONYMOUS };
}
