/** Tests wipe and create rows: refuse anything but a database on this machine. */
export function assertLocalDatabase(url) {
  const host = new URL(url).hostname;
  if (["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) || process.env.CLAIMDESK_ALLOW_REMOTE_TEST_DB === "1") return;
  throw new Error(
    `Refusing to run tests against ${host}: tests need a local database. ` +
      `Set CLAIMDESK_ALLOW_REMOTE_TEST_DB=1 if you really mean it.`,
  );
}
