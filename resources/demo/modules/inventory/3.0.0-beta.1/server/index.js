'use strict';
// Inventory 3.0.0-beta.1: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/inventory');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'inventory', version: '3.0.0-beta.1' }));
  return router;
};
