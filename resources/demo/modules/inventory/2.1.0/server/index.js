'use strict';
// Inventory 2.1.0: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/inventory');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'inventory', version: '2.1.0' }));
  return router;
};
