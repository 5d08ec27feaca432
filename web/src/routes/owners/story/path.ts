/** Where an owner's whole story is (业主档案), linked from the owners list, the service desk and the dunning desk. */
export const ownerStoryPath = (ownerId: string) => `/owners/${ownerId}/story`;
