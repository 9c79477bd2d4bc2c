import { create } from '@bufbuild/protobuf';
import type { ServiceImpl } from '@connectrpc/connect';
import { Code, ConnectError } from '@connectrpc/connect';
import {
  ArtifactTypeSchema,
  ContextTypeSchema,
  ExecutionTypeSchema,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import type { MetadataStoreService } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_service_pb.ts';
import type { MlmdStore } from './store.ts';
import type { RegisteredType, TypeKind } from './type-registry.ts';

type Impl = Partial<ServiceImpl<typeof MetadataStoreService>>;

const artifactType = (t: RegisteredType) =>
  create(ArtifactTypeSchema, { id: BigInt(t.id), name: t.name });
const executionType = (t: RegisteredType) =>
  create(ExecutionTypeSchema, { id: BigInt(t.id), name: t.name });
const contextType = (t: RegisteredType) =>
  create(ContextTypeSchema, { id: BigInt(t.id), name: t.name });

/** rdbms_metadata_access_object.cc FindTypeImpl: an unknown type name is NOT_FOUND. */
function named(store: MlmdStore, kind: TypeKind, name: string): RegisteredType {
  const type = store.types.byName(kind, name);
  if (!type)
    throw new ConnectError(
      `No type found for query, name: \`${name}\`, version: \`nullopt\``,
      Code.NotFound,
    );
  return type;
}

/** By-id type lookups skip unknown ids (metadata_store.cc Get*TypesByID). */
function byIds(store: MlmdStore, kind: TypeKind, ids: readonly bigint[]): RegisteredType[] {
  return ids.flatMap((id) => {
    const type = store.types.byId(Number(id));
    return type?.kind === kind ? [type] : [];
  });
}

/** The type calls of MetadataStoreService. */
export function typeHandlers(store: MlmdStore): Impl {
  return {
    getArtifactType: (req) => ({
      artifactType: artifactType(named(store, 'artifact', req.typeName)),
    }),
    getExecutionType: (req) => ({
      executionType: executionType(named(store, 'execution', req.typeName)),
    }),
    getContextType: (req) => ({ contextType: contextType(named(store, 'context', req.typeName)) }),
    getArtifactTypes: () => ({ artifactTypes: store.types.all('artifact').map(artifactType) }),
    getExecutionTypes: () => ({ executionTypes: store.types.all('execution').map(executionType) }),
    getContextTypes: () => ({ contextTypes: store.types.all('context').map(contextType) }),
    getArtifactTypesByID: (req) => ({
      artifactTypes: byIds(store, 'artifact', req.typeIds).map(artifactType),
    }),
    getExecutionTypesByID: (req) => ({
      executionTypes: byIds(store, 'execution', req.typeIds).map(executionType),
    }),
    getContextTypesByID: (req) => ({
      contextTypes: byIds(store, 'context', req.typeIds).map(contextType),
    }),
  };
}
