package org.tongxin.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where to open the platform once it is ready, so a newcomer need not guess the port. */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	@EventListener
	void on(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("Tongxin is ready: open http://localhost:{}/", web.getWebServer().getPort());
		}
	}

}
