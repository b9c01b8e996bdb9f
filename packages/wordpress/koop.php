<?php
/**
 * Plugin Name:       Koop
 * Plugin URI:        https://github.com/koop-kit/koop
 * Description:       Shows cooperations between civil society, public administration, business and foundations: goals, partners, roles, milestones and decisions from a koop document, as a block or a shortcode, for every role that may write posts.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Koop
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       koop
 * Domain Path:       /languages
 *
 * @package Koop
 */

defined( 'ABSPATH' ) || exit;

define( 'KOOP_VERSION', '0.1.0' );
define( 'KOOP_PLUGIN_FILE', __FILE__ );

require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/uploads.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'koop_init' );

/**
 * Loads the translations and registers the block and the shortcode.
 */
function koop_init() {
	load_plugin_textdomain( 'koop', false, dirname( plugin_basename( KOOP_PLUGIN_FILE ) ) . '/languages' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'koop_render_block' ) );
	add_shortcode( 'koop', 'koop_render_shortcode' );
}
