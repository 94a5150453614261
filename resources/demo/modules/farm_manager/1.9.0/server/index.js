'use strict';
// Farm Manager 1.9.0: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/farm-manager');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'farm_manager', version: '1.9.0' }));
  return router;
};
