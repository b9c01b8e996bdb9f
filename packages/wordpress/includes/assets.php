<?php
/**
 * Loading the kit: only on pages with a widget, as an ES module, from the plugin's own copy or
 * from the address set under Settings › Koop.
 *
 * @package Koop
 */

defined( 'ABSPATH' ) || exit;

/**
 * Address of the kit's autoloader, which loads the module of each widget on the page.
 *
 * @return string
 */
function koop_autoloader_url() {
	$custom = (string) get_option( 'koop_kit_url', '' );
	if ( '' === $custom ) {
		return plugins_url( 'kit/koop-autoloader.js', KOOP_PLUGIN_FILE );
	}
	return '.js' === substr( $custom, -3 ) ? $custom : trailingslashit( $custom ) . 'koop-autoloader.js';
}

/**
 * Puts the kit on the current page. WordPress 6.5 and later know script modules; before, a
 * classic script handle gets `type="module"` from koop_module_script_tag().
 */
function koop_enqueue_kit() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'koop', koop_autoloader_url(), array(), KOOP_VERSION );
		return;
	}
	wp_enqueue_script( 'koop', koop_autoloader_url(), array(), KOOP_VERSION, true );
}

add_filter( 'script_loader_tag', 'koop_module_script_tag', 10, 3 );

/**
 * The kit's script tag as a module (before WordPress 6.5).
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string
 */
function koop_module_script_tag( $tag, $handle, $src ) {
	if ( 'koop' !== $handle ) {
		return $tag;
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- it is enqueued; only its type changes.
	return sprintf( '<script type="module" src="%s" id="koop-js"></script>' . "\n", esc_url( $src ) );
}

add_filter( 'the_content', 'koop_enqueue_for_pasted_tags', 100 );
add_filter( 'widget_block_content', 'koop_enqueue_for_pasted_tags', 100 );
add_filter( 'widget_text_content', 'koop_enqueue_for_pasted_tags', 100 );

/**
 * Loads the kit for `koop-*` tags pasted as HTML (the block and the shortcode load it
 * themselves).
 *
 * @param string $content Content about to be shown.
 * @return string The content, unchanged.
 */
function koop_enqueue_for_pasted_tags( $content ) {
	if ( is_string( $content ) && preg_match( '/<koop-[a-z]/', $content ) ) {
		koop_enqueue_kit();
	}
	return $content;
}

add_action( 'enqueue_block_editor_assets', 'koop_block_editor_settings' );

/**
 * Tells the block's editor script where the kit is (for the live preview) and in which
 * language to speak.
 */
function koop_block_editor_settings() {
	$settings = array(
		'autoloader' => koop_autoloader_url() . '?ver=' . KOOP_VERSION,
		'lang'       => 0 === strpos( determine_locale(), 'de' ) ? 'de' : 'en',
	);
	wp_add_inline_script(
		generate_block_asset_handle( 'koop/widget', 'editorScript' ),
		'window.koopBlockEditor = ' . wp_json_encode( $settings ) . ';',
		'before'
	);
}
