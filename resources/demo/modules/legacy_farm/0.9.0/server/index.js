'use strict';
// Legacy Farm Records 0.9.0: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/legacy-farm');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'legacy_farm', version: '0.9.0' }));
  return router;
};
