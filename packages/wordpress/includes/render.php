<?php
/**
 * The markup of a widget, the same for the block and the shortcode: the element with its
 * attributes and, inside it, a link to the document for readers without JavaScript.
 *
 * @package Koop
 */

defined( 'ABSPATH' ) || exit;

/**
 * The kit's elements and their attributes, as its custom-elements.json lists them.
 *
 * @return array<string, array<string, string>> Tag => attribute => 'boolean', 'url' or 'string'.
 */
function koop_elements() {
	static $elements = null;
	if ( null === $elements ) {
		// Written by the plugin's build from packages/kit/custom-elements.json.
		$elements = require __DIR__ . '/elements.php';
	}
	return $elements;
}

/**
 * The widgets an editor can choose, by short name: `goal-tracker` for `<koop-goal-tracker>`.
 *
 * @return string[]
 */
function koop_widget_names() {
	$names = array();
	foreach ( array_keys( koop_elements() ) as $tag ) {
		if ( 'koop-data' !== $tag ) {
			$names[] = substr( $tag, strlen( 'koop-' ) );
		}
	}
	return $names;
}

/**
 * Whether `$name` is an attribute of the element `$tag`. `lang` is a global attribute: on
 * `<koop-data>` it sets the language of every widget inside.
 *
 * @param string $tag  Element name.
 * @param string $name Attribute name.
 * @return bool
 */
function koop_has_attribute( $tag, $name ) {
	$elements = koop_elements();
	return 'lang' === $name || isset( $elements[ $tag ][ $name ] );
}

/**
 * One element's attributes as HTML, escaped; unknown attributes are left out.
 *
 * @param string               $tag    Element name.
 * @param array<string, mixed> $values Attribute => value; for a boolean attribute any value but false, '0' and 'false' sets it.
 * @return string
 */
function koop_attributes_html( $tag, $values ) {
	$elements = koop_elements();
	$html     = '';
	foreach ( (array) $values as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( 'src' === $name || ! koop_has_attribute( $tag, $name ) || ! is_scalar( $value ) ) {
			continue;
		}
		if ( 'boolean' === ( $elements[ $tag ][ $name ] ?? '' ) ) {
			$html .= in_array( $value, array( false, '0', 'false' ), true ) ? '' : ' ' . $name;
		} elseif ( '' !== (string) $value ) {
			$html .= sprintf( ' %s="%s"', $name, esc_attr( (string) $value ) );
		}
	}
	return $html;
}

/**
 * The markup of one widget, or of several inside one `<koop-data>` that loads the document
 * once for all of them. All on one line with no paragraph inside, so that `wpautop` cannot
 * push the fallback link out of the element.
 *
 * @param array $args {
 *     @type string[] $widgets       Short names of the widgets, in page order.
 *     @type string   $src           Address of the koop document.
 *     @type array    $options       Attributes by short name (`data` for `<koop-data>`): name => value.
 *     @type string   $fallback_text Text of the link for readers without JavaScript.
 *     @type string   $fallback_url  Where that link goes; default: the document.
 *     @type string   $wrapper       Further attributes of the outer element, already escaped.
 * }
 * @return string Empty without a known widget or a document.
 */
function koop_render_widgets( $args ) {
	$args    = wp_parse_args(
		$args,
		array(
			'widgets'       => array(),
			'src'           => '',
			'options'       => array(),
			'fallback_text' => '',
			'fallback_url'  => '',
			'wrapper'       => '',
		)
	);
	$widgets = array_values( array_unique( array_intersect( (array) $args['widgets'], koop_widget_names() ) ) );
	$src     = esc_url( trim( (string) $args['src'] ), array( 'https', 'http' ) );
	if ( ! $widgets || '' === $src ) {
		return '';
	}
	$options = (array) $args['options'];
	$text    = trim( (string) $args['fallback_text'] );
	$link    = esc_url( trim( (string) $args['fallback_url'] ), array( 'https', 'http', 'mailto' ) );
	$link    = sprintf(
		'<a href="%s">%s</a>',
		'' !== $link ? $link : $src,
		esc_html( '' !== $text ? $text : __( 'The data of the cooperation (JSON)', 'koop' ) )
	);

	koop_enqueue_kit();

	$several = count( $widgets ) > 1;
	$outer   = $several ? 'data' : $widgets[0];
	$open    = sprintf(
		'<koop-%s%s src="%s"%s>',
		$outer,
		$args['wrapper'] ? ' ' . $args['wrapper'] : '',
		$src,
		koop_attributes_html( 'koop-' . $outer, $options[ $outer ] ?? array() )
	);
	if ( ! $several ) {
		return $open . $link . '</koop-' . $outer . '>';
	}
	$inner = '';
	foreach ( $widgets as $index => $name ) {
		$inner .= sprintf(
			'<koop-%1$s%2$s>%3$s</koop-%1$s>',
			$name,
			koop_attributes_html( 'koop-' . $name, $options[ $name ] ?? array() ),
			// One link is enough: the first widget shows it until the document is shown.
			0 === $index ? $link : ''
		);
	}
	return $open . $inner . '</koop-data>';
}

/**
 * Renders the "Koop-Widget" block.
 *
 * @param array $attributes The block's attributes (see block/block.json).
 * @return string
 */
function koop_render_block( $attributes ) {
	$src = (string) ( $attributes['src'] ?? '' );
	if ( '' === $src && ! empty( $attributes['mediaId'] ) ) {
		$src = (string) wp_get_attachment_url( (int) $attributes['mediaId'] );
	}
	$classes = count( (array) ( $attributes['widgets'] ?? array() ) ) > 1 ? array( 'class' => 'is-layout-flow' ) : array();
	return koop_render_widgets(
		array(
			'widgets'       => (array) ( $attributes['widgets'] ?? array() ),
			'src'           => $src,
			'options'       => (array) ( $attributes['options'] ?? array() ),
			'fallback_text' => (string) ( $attributes['fallbackText'] ?? '' ),
			'fallback_url'  => (string) ( $attributes['fallbackUrl'] ?? '' ),
			'wrapper'       => get_block_wrapper_attributes( $classes ),
		)
	);
}

/**
 * The shortcode `[koop widget="goal-tracker" src="…" lang="en" goal="g1"]`.
 *
 * Several widgets share one document: `widget="goal-tracker,transparency-feed"`. Then an
 * attribute goes to every listed widget that has it, or to one widget when prefixed with its
 * name (`transparency-feed-types="decision"`); `src`, `lang` and `refresh` go to `<koop-data>`.
 * `fallback` is the text of the link for readers without JavaScript, `link` its address
 * (default: the document); the text may also be the shortcode's content, `[koop …]text[/koop]`.
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content Its content, if any.
 * @return string
 */
function koop_render_shortcode( $atts, $content = null ) {
	$atts    = (array) $atts;
	$widgets = array_values( array_filter( array_map( 'trim', explode( ',', (string) ( $atts['widget'] ?? '' ) ) ) ) );
	$several = count( $widgets ) > 1;
	$options = array();
	foreach ( $atts as $key => $value ) {
		// A valueless attribute (`conflicts-only`) arrives under a numeric key.
		$name  = is_int( $key ) ? strtolower( (string) $value ) : $key;
		$value = is_int( $key ) ? true : html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		if ( in_array( $name, array( 'widget', 'src', 'fallback', 'link' ), true ) ) {
			continue;
		}
		if ( ! $several ) {
			$options[ $widgets[0] ?? '' ][ $name ] = $value;
			continue;
		}
		if ( koop_has_attribute( 'koop-data', $name ) ) {
			$options['data'][ $name ] = $value;
			continue;
		}
		foreach ( $widgets as $widget ) {
			if ( 0 === strpos( $name, $widget . '-' ) && koop_has_attribute( 'koop-' . $widget, substr( $name, strlen( $widget ) + 1 ) ) ) {
				$options[ $widget ][ substr( $name, strlen( $widget ) + 1 ) ] = $value;
				continue 2;
			}
		}
		foreach ( $widgets as $widget ) {
			$options[ $widget ][ $name ] = $value;
		}
	}
	return koop_render_widgets(
		array(
			'widgets'       => $widgets,
			'src'           => html_entity_decode( (string) ( $atts['src'] ?? '' ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ),
			'options'       => $options,
			'fallback_text' => (string) ( $atts['fallback'] ?? wp_strip_all_tags( (string) $content ) ),
			'fallback_url'  => html_entity_decode( (string) ( $atts['link'] ?? '' ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ),
		)
	);
}
