export default async function globalTeardown() {
  await globalThis.__COREBOOK_TEST_CLUSTER__?.stop();
}
