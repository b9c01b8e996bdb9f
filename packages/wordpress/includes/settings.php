<?php
/**
 * Settings › Koop: where the kit comes from. By default the copy inside the plugin; a site may
 * name its own copy of the kit's dist/ folder instead.
 *
 * @package Koop
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'koop_register_settings' );
add_action( 'admin_menu', 'koop_add_settings_page' );

/**
 * Registers the option and its field (the Settings API checks the nonce and the capability).
 */
function koop_register_settings() {
	register_setting(
		'koop',
		'koop_kit_url',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'koop_sanitize_kit_url',
		)
	);
	add_settings_section( 'koop_kit', __( 'Kit', 'koop' ), 'koop_kit_section', 'koop' );
	add_settings_field(
		'koop_kit_url',
		__( 'Address of the kit', 'koop' ),
		'koop_kit_url_field',
		'koop',
		'koop_kit',
		array( 'label_for' => 'koop_kit_url' )
	);
}

/**
 * Keeps an address of a folder (ending in `/`) or of the autoloader script, over http(s);
 * anything else is refused with a message, and the address set before stays.
 *
 * @param mixed $value What was entered.
 * @return string
 */
function koop_sanitize_kit_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$url   = esc_url_raw( $value, array( 'https', 'http' ) );
	$parts = wp_parse_url( $url );
	$path  = $parts['path'] ?? '';
	$valid = $url === $value && ! empty( $parts['host'] ) && empty( $parts['query'] ) && empty( $parts['fragment'] )
		&& ( '/' === substr( $path, -1 ) || '.js' === substr( $path, -3 ) );
	if ( $valid ) {
		return $url;
	}
	add_settings_error(
		'koop_kit_url',
		'koop_kit_url_invalid',
		sprintf(
			/* translators: %s: the address that was entered */
			__( '“%s” is not the address of a kit folder (ending in /) or of koop-autoloader.js, starting with https:// or http://. The address was not changed.', 'koop' ),
			$value
		)
	);
	return (string) get_option( 'koop_kit_url', '' );
}

/**
 * Adds Settings › Koop.
 */
function koop_add_settings_page() {
	add_options_page( __( 'Koop', 'koop' ), __( 'Koop', 'koop' ), 'manage_options', 'koop', 'koop_render_settings_page' );
}

/**
 * The explanation above the field.
 */
function koop_kit_section() {
	printf(
		'<p>%s</p>',
		esc_html__( 'Leave the address empty to use the kit that comes with this plugin. Or enter the address of your site’s own copy of the kit: the folder with koop-autoloader.js and the widget modules.', 'koop' )
	);
}

/**
 * The address field.
 */
function koop_kit_url_field() {
	printf(
		'<input type="url" class="regular-text code" id="koop_kit_url" name="koop_kit_url" value="%s" placeholder="%s" aria-describedby="koop_kit_url_description" /><p class="description" id="koop_kit_url_description">%s</p>',
		esc_attr( (string) get_option( 'koop_kit_url', '' ) ),
		esc_attr( plugins_url( 'kit/', KOOP_PLUGIN_FILE ) ),
		esc_html__( 'For example https://www.example.org/koop/', 'koop' )
	);
}

/**
 * Settings › Koop.
 */
function koop_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'koop' );
	do_settings_sections( 'koop' );
	submit_button();
	echo '</form></div>';
}
