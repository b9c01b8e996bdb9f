<?php
/**
 * Lets the kit's tags through WordPress's HTML filter (kses) for everyone who may write posts.
 *
 * Without this, saving a post as an Author or Contributor (or as anyone where
 * DISALLOW_UNFILTERED_HTML is set, and on multisite) silently removes every `koop-*` tag, even
 * when only the title changes. `<script>` stays forbidden: the plugin loads the kit itself.
 *
 * @package Koop
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'koop_allow_widget_tags', 10, 2 );

/**
 * Adds every `koop-*` element with exactly its documented attributes.
 *
 * @param array        $tags    Allowed tags => allowed attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function koop_allow_widget_tags( $tags, $context ) {
	if ( 'post' !== $context || ! ( current_user_can( 'edit_posts' ) || current_user_can( 'edit_pages' ) ) ) {
		return $tags;
	}
	$global = array_fill_keys( array( 'class', 'id', 'lang', 'dir', 'title', 'hidden' ), true );
	foreach ( koop_elements() as $tag => $attributes ) {
		$tags[ $tag ] = array_fill_keys( array_keys( $attributes ), true ) + $global;
	}
	return $tags;
}
